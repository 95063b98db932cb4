package dev.carepress.preview.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class HostsTest {
  @Test
  void theLoopbackAddressIsReachedByItselfAndLocalhost() throws Exception {
    assertThat(HttpFront.hosts(InetAddress.getByName("127.0.0.1"), 8000, List.of()))
        .containsExactly("127.0.0.1:8000", "localhost:8000");
  }

  @Test
  void anIpv6AddressIsBracketedInItsShortAndLongForms() throws Exception {
    assertThat(HttpFront.hosts(InetAddress.getByName("::1"), 8000, List.of()))
        .contains("[::1]:8000", "[0:0:0:0:0:0:0:1]:8000", "localhost:8000");
  }

  @Test
  void theWildcardAddressIsReachedByEveryAddressOfTheMachineAndExtraNames() throws Exception {
    assertThat(HttpFront.hosts(InetAddress.getByName("0.0.0.0"), 80, List.of("Writer-PC.local")))
        .contains("127.0.0.1:80", "127.0.0.1", "localhost:80", "writer-pc.local:80", "writer-pc.local")
        .doesNotContain("0.0.0.0:80");
  }

  @Test
  void theShortFormOfAnIpv6AddressFollowsRfc5952() {
    assertThat(HttpFront.shortForm("0:0:0:0:0:0:0:1")).isEqualTo("::1");
    assertThat(HttpFront.shortForm("fe80:0:0:0:1:0:0:2")).isEqualTo("fe80::1:0:0:2");
    assertThat(HttpFront.shortForm("2001:db8:0:1:1:1:1:1")).isEqualTo("2001:db8:0:1:1:1:1:1");
    assertThat(HttpFront.shortForm("0:0:0:0:0:0:0:0")).isEqualTo("::");
    assertThat(HttpFront.shortForm("2001:0db8:0:0:1:0:0:1")).isEqualTo("2001:db8::1:0:0:1");
  }
}
