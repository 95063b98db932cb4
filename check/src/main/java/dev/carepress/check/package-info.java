/**
 * Health-literacy checks: is this handout plain enough for patients?
 *
 * <pre>{@code
 * LiteracyReport report = LiteracyChecks.builder().maxGrade(6).build().check(article);
 * System.out.print(report.toText());            // or toJson(), or toHtml() for a page to edit from
 * boolean ok = report.passed();                 // false when a required check fails
 * }</pre>
 *
 * <h2>Readability</h2>
 * For the whole article and each part (key points, introduction, each section's own text), on the
 * prose only: not headings, tables, figure captions, code, addresses shown as links, references,
 * footnotes, the glossary, the summary or the disclaimer. The article's {@code language} picks the
 * formulas; any other language gets none, and every report says so in words ("Readability formulas
 * are not available for language 'zh' (Chinese): no reading grade is given …"); its reading-grade
 * check is not applicable, so {@code maxGrade} never fails it, and the length and structure checks
 * still run. No formula for another language was added: the ones published (Kandel–Moles for French,
 * Amstad for German, Oborneva for Russian …) each need a syllable counter for their language.
 * <ul>
 *   <li>English: Flesch Reading Ease (Flesch 1948), Flesch–Kincaid Grade Level (Kincaid et al. 1975),
 *       SMOG (McLaughlin 1969: 1.0430 √(polysyllables × 30 / sentences) + 3.1291; over 30 sentences a
 *       sample of 10 at the start, middle and end; 10 to 30 sentences the published short-text
 *       correction; under 10 sentences no SMOG value, and the report says so).
 *   <li>Spanish: Fernández-Huerta (1959, with Law's 2011 correction) and Szigriszt-Pazos (1993) read
 *       on the INFLESZ scale (Barrio-Cantalejo 2008).
 * </ul>
 * Sentences end at {@code . ! ?} but not after abbreviations (Dr., e.g., U.S., p. ej., EE. UU.),
 * inside numbers (2.5 mg) or at an ellipsis before a small letter; each list item and key point is
 * a sentence. Numbers, abbreviations and units count as read aloud ("2.5 mg" = "two point five
 * milligrams", as SMOG's rules say), in words and syllables alike.
 *
 * <p>Other scripts: Chinese, Japanese, Thai, Lao, Khmer and Myanmar, written without spaces between
 * words, are cut into words by ICU4J's dictionary-based word iterator (the JDK's iterator leaves a
 * Chinese clause as one word); {@code 。！？ ؟ ۔ । ॥ ။ ។ ። ፧} end sentences; in Thai and Lao a space
 * between two words ends a sentence. So the sentence and paragraph length checks count words in
 * these languages too (the thresholds are the English ones).
 *
 * <p>The HTML report's headings are labels ({@code report.*}, replaced with the shared {@code
 * labels.KEY=TEXT} option: {@link dev.carepress.check.LiteracyChecks.Builder#labels}); its messages
 * are English. English syllables agree with the
 * CMU Pronouncing Dictionary on 97.5% of its 10,000 most frequent words (tested).
 *
 * <h2>Checks and where each threshold comes from</h2>
 * <table>
 *   <caption>Checks, default thresholds and sources</caption>
 *   <tr><th>id</th><th>level</th><th>default</th><th>source</th></tr>
 *   <tr><td>reading-grade</td><td>required</td><td>grade ≤ 8 (FK and SMOG); Spanish F-H ≥ 60, INFLESZ ≥ 55</td>
 *       <td>NIH (below 8th grade); PEMAT-P item 3; INFLESZ "normal"</td></tr>
 *   <tr><td>summary-first</td><td>required</td><td>a summary and ≥ 1 key point (not for under 100 words)</td>
 *       <td>PEMAT-P item 11; CDC CCI items 2, 10</td></tr>
 *   <tr><td>headings</td><td>required</td><td>no empty or generic heading; no 300+ words without sections</td>
 *       <td>PEMAT-P items 8–9; CDC CCI item 9</td></tr>
 *   <tr><td>section-length</td><td>advisory</td><td>≤ 300 words</td><td>PEMAT-P item 8 (heuristic number)</td></tr>
 *   <tr><td>paragraph-length</td><td>advisory</td><td>≤ 100 words</td><td>PEMAT-P item 8 (heuristic number)</td></tr>
 *   <tr><td>sentence-average</td><td>advisory</td><td>≤ 15 words</td><td>PEMAT-P item 3 (plain-language practice)</td></tr>
 *   <tr><td>sentence-longest</td><td>advisory</td><td>≤ 25 words</td><td>PEMAT-P item 3 (plain-language practice)</td></tr>
 *   <tr><td>jargon</td><td>advisory</td><td>0 hard words (3+ syllables, 4+ in Spanish, not everyday) outside the glossary</td>
 *       <td>PEMAT-P item 4; CDC CCI item 7</td></tr>
 *   <tr><td>numerals</td><td>advisory</td><td>no number written as a word</td><td>PEMAT-P item 6; CDC CCI item 15</td></tr>
 *   <tr><td>lists</td><td>advisory</td><td>≥ 1 list; none over 7 items without sub-lists</td><td>CDC CCI item 8</td></tr>
 *   <tr><td>action</td><td>advisory</td><td>an action heading or ≥ 1 instruction sentence</td>
 *       <td>PEMAT-P items 20–21; CDC CCI item 5</td></tr>
 *   <tr><td>review-present</td><td>required</td><td>a reviewer and a last-reviewed date</td>
 *       <td>NHS Standard for creating health content; PIF TICK</td></tr>
 *   <tr><td>review-age</td><td>required</td><td>reviewed within 2 years, next review not overdue</td>
 *       <td>NHS Standard for creating health content</td></tr>
 * </table>
 * Every threshold is a {@link dev.carepress.check.LiteracyChecks.Builder} method; {@code strict(true)}
 * makes the advisory checks required. The checks are an automated pre-check of PEMAT-P and CDC
 * Clear Communication Index items, not a PEMAT or CCI score: heuristics (jargon, action) flag text
 * for a person to judge.
 */
package dev.carepress.check;
