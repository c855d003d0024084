package org.yesan.http.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** Who the client is behind proxies: the laws of {@link TrustedProxies#client}. */
class TrustedProxiesProperties {

  private static final TrustedProxies PROXIES = TrustedProxies.parse("10.0.0.0/8, 192.0.2.1");

  @Provide
  Arbitrary<String> untrusted() {
    // 203.0.113.0/24 and 198.51.100.0/24: documentation ranges, never in PROXIES
    return Combinators.combine(
            Arbitraries.of("203.0.113.", "198.51.100."), Arbitraries.integers().between(0, 255))
        .as((net, host) -> net + host);
  }

  @Provide
  Arbitrary<String> trusted() {
    return Arbitraries.oneOf(
        Arbitraries.just("192.0.2.1"),
        Arbitraries.integers().between(0, 255).map(n -> "10.1.2." + n));
  }

  @Provide
  Arbitrary<String> anything() {
    return Arbitraries.oneOf(
        untrusted(), trusted(), Arbitraries.strings().ofMaxLength(20), Arbitraries.just("unknown"));
  }

  /** From a peer that is no trusted proxy, no header moves the client off the peer. */
  @Property(tries = 500)
  void anUntrustedPeerIsTheClientWhateverItSends(
      @ForAll("untrusted") String peer,
      @ForAll @Size(max = 4) List<@From("anything") String> forwardedFor,
      @ForAll @Size(max = 3) List<@From("anything") String> forwarded) {
    List<String> xff =
        forwardedFor.isEmpty() ? List.of() : List.of(String.join(", ", forwardedFor));
    List<String> fwd = forwarded.stream().map(f -> "for=" + f).toList();
    assertThat(PROXIES.client(peer, xff, fwd)).isEqualTo(peer);
    assertThat(TrustedProxies.NONE.client("192.0.2.1", xff, fwd)).isEqualTo("192.0.2.1");
  }

  /**
   * Behind a chain of trusted proxies, the client is the address the first proxy saw, whatever the
   * client itself wrote further left.
   */
  @Property(tries = 500)
  void behindTrustedProxiesTheClientIsTheRightMostUntrustedHop(
      @ForAll @Size(max = 3) List<@From("anything") String> spoofed,
      @ForAll("untrusted") String client,
      @ForAll @Size(max = 3) List<@From("trusted") String> chain,
      @ForAll("trusted") String peer) {
    List<String> hops = new ArrayList<>(spoofed.stream().map(s -> s.replace(",", "")).toList());
    hops.add(client);
    hops.addAll(chain);
    // each proxy may add its own header line; the lines read as one list, in order
    List<String> xff = hops.stream().map(String::strip).toList();
    assertThat(PROXIES.client(peer, xff, List.of())).isEqualTo(client);
    assertThat(PROXIES.client(peer, List.of(String.join(",", xff)), List.of())).isEqualTo(client);
    List<String> forwarded =
        List.of(String.join(", ", hops.stream().map(h -> "for=\"" + h + "\"").toList()));
    assertThat(PROXIES.client(peer, List.of(), forwarded)).isEqualTo(client);
  }

  @Example
  void forwardedNodesWithPortsAndIpv6AreRead() {
    assertThat(PROXIES.client("10.0.0.5", List.of(), List.of("for=\"[2001:db8::7]:4711\"")))
        .isEqualTo("2001:db8:0:0:0:0:0:7");
    assertThat(
            PROXIES.client(
                "10.0.0.5", List.of(), List.of("for=198.51.100.17:4000;proto=https;by=10.0.0.5")))
        .isEqualTo("198.51.100.17");
    // an obfuscated or unknown hop ends the walk at the proxy that wrote it
    assertThat(PROXIES.client("10.0.0.5", List.of("198.51.100.3, unknown"), List.of()))
        .isEqualTo("10.0.0.5");
    assertThat(PROXIES.client("10.0.0.5", List.of(), List.of())).isEqualTo("10.0.0.5");
    // only trusted hops: the left-most of them
    assertThat(PROXIES.client("10.0.0.5", List.of("10.9.9.9, 192.0.2.1"), List.of()))
        .isEqualTo("10.9.9.9");
  }

  @Example
  void rangesAreParsedAndBadOnesNamed() {
    TrustedProxies p = TrustedProxies.parse("10.0.0.0/8,fd00::/8, 127.0.0.1");
    assertThat(p.trusts("10.255.1.2")).isTrue();
    assertThat(p.trusts("11.0.0.1")).isFalse();
    assertThat(p.trusts("fd12::1")).isTrue();
    assertThat(p.trusts("fe80::1")).isFalse();
    assertThat(p.trusts("127.0.0.1")).isTrue();
    assertThat(p.trusts("127.0.0.2")).isFalse();
    assertThat(p.trusts("localhost")).isFalse();
    assertThat(TrustedProxies.parse("0.0.0.0/0").trusts("8.8.8.8")).isTrue();
    assertThatThrownBy(() -> TrustedProxies.parse("proxy.example"))
        .hasMessage(
            "trusted proxy: expected an IP address or CIDR range such as 10.0.0.0/8, found"
                + " 'proxy.example'");
    assertThatThrownBy(() -> TrustedProxies.parse("10.0.0.0/33"))
        .hasMessage("trusted proxy: expected a prefix length of 0 to 32, found '10.0.0.0/33'");
    assertThatThrownBy(() -> TrustedProxies.parse("300.1.1.1"))
        .hasMessageContaining("found '300.1.1.1'");
  }
}
