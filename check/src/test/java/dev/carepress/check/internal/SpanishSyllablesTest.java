package dev.carepress.check.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Spanish syllables by the RAE's rules (Ortografía de la lengua española, 2010, §4.1). */
class SpanishSyllablesTest {

  @ParameterizedTest(name = "{0} = {1} ({2})")
  @CsvSource({
    // diphthongs: unstressed i/u with another vowel
    "ciudad,2,ciu-dad", "cielo,2,cie-lo", "huevo,2,hue-vo", "aire,2,ai-re", "cuidado,3,cui-da-do",
    "murciélago,4,mur-cié-la-go", "farmacia,3,far-ma-cia",
    // hiatus: two strong vowels, or a stressed í/ú
    "poeta,3,po-e-ta", "leer,2,le-er", "aéreo,4,a-é-re-o", "país,2,pa-ís", "río,2,rí-o", "maíz,2,ma-íz",
    "baúl,2,ba-úl", "oír,2,o-ír", "día,2,dí-a", "García,3,Gar-cí-a",
    // triphthongs
    "buey,1,buey", "Uruguay,3,U-ru-guay", "averiguáis,4,a-ve-ri-guáis",
    // silent u in que, qui, gue, gui; pronounced ü
    "que,1,que", "quiero,2,quie-ro", "guerra,2,gue-rra", "guitarra,3,gui-ta-rra", "pingüino,3,pin-güi-no",
    "agua,2,a-gua", "antigüedad,4,an-ti-güe-dad",
    // y as a vowel at the end of a word, a consonant elsewhere
    "y,1,y", "hoy,1,hoy", "muy,1,muy", "rey,1,rey", "reyes,2,re-yes", "ayuda,3,a-yu-da",
    // h between vowels does not break a diphthong; it does with a stressed vowel
    "prohibir,2,prohi-bir", "búho,2,bú-ho", "ahí,2,a-hí",
    // health words
    "enfermedad,4,en-fer-me-dad", "diabetes,3,dia-be-tes", "medicamento,5,me-di-ca-men-to",
    "lávese,3,lá-ve-se", "vacúnese,4,va-cú-ne-se", "dieciséis,3,die-ci-séis", "gripe,2,gri-pe"
  })
  void countsLikeTheRae(String word, int syllables, String division) {
    assertThat(SpanishSyllables.count(word)).as(division).isEqualTo(syllables);
  }
}
