package org.yesan.http.auth;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The reverse proxies whose word a server takes for who the client is ({@code yesan serve
 * --trusted-proxy ADDR[,ADDR…]}, addresses or CIDR ranges): only when the direct peer is one of
 * them does the client come from {@code X-Forwarded-For} (the right-most address that is not itself
 * a trusted proxy) or, without it, {@code Forwarded: for=}. From any other peer those headers are
 * ignored, so that a client cannot choose its own rate-limit bucket or audit name.
 */
public record TrustedProxies(List<Range> ranges) {

  /** No proxy is trusted: the client is always the direct peer. */
  public static final TrustedProxies NONE = new TrustedProxies(List.of());

  // Literals only: InetAddress.getByName on anything else would ask DNS.
  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

  /** One address range: the first {@code bits} bits of {@code network}. */
  public record Range(byte[] network, int bits) {

    public Range {
      network = network.clone();
      if (bits < 0 || bits > network.length * 8) {
        throw new IllegalArgumentException(
            "prefix length: expected 0 to " + network.length * 8 + ", found " + bits);
      }
    }

    @Override
    public byte[] network() {
      return network.clone();
    }

    boolean contains(InetAddress a) {
      byte[] b = a.getAddress();
      if (b.length != network.length) {
        return false;
      }
      for (int i = 0; i < bits; i++) {
        int mask = 0x80 >>> (i % 8);
        if ((b[i / 8] & mask) != (network[i / 8] & mask)) {
          return false;
        }
      }
      return true;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Range r && r.bits == bits && java.util.Arrays.equals(r.network, network);
    }

    @Override
    public int hashCode() {
      return 31 * java.util.Arrays.hashCode(network) + bits;
    }

    @Override
    public String toString() {
      try {
        return InetAddress.getByAddress(network).getHostAddress() + "/" + bits;
      } catch (UnknownHostException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  public TrustedProxies {
    ranges = List.copyOf(ranges);
  }

  /**
   * Parses {@code ADDR[,ADDR…]}, each an IPv4 or IPv6 address or a CIDR range ({@code 10.0.0.0/8},
   * {@code fd00::/8}).
   *
   * @throws IllegalArgumentException naming the entry that is neither
   */
  public static TrustedProxies parse(String text) {
    List<Range> out = new ArrayList<>();
    for (String entry : text.split(",")) {
      String e = entry.strip();
      if (e.isEmpty()) {
        continue;
      }
      String[] parts = e.split("/", 2);
      Optional<InetAddress> a = literal(parts[0]);
      if (a.isEmpty()) {
        throw new IllegalArgumentException(
            "trusted proxy: expected an IP address or CIDR range such as 10.0.0.0/8, found '"
                + e
                + "'");
      }
      int full = a.get().getAddress().length * 8;
      int bits = full;
      if (parts.length == 2) {
        try {
          bits = Integer.parseInt(parts[1]);
        } catch (NumberFormatException ex) {
          bits = -1;
        }
        if (bits < 0 || bits > full) {
          throw new IllegalArgumentException(
              "trusted proxy: expected a prefix length of 0 to " + full + ", found '" + e + "'");
        }
      }
      out.add(new Range(a.get().getAddress(), bits));
    }
    return new TrustedProxies(out);
  }

  /** Whether any proxy is trusted. */
  public boolean any() {
    return !ranges.isEmpty();
  }

  /** Whether this address (a literal) is that of a trusted proxy. */
  public boolean trusts(String address) {
    return literal(address).map(this::trusts).orElse(false);
  }

  private boolean trusts(InetAddress a) {
    return ranges.stream().anyMatch(r -> r.contains(a));
  }

  /**
   * The client's address: {@code peer} unless it is a trusted proxy, else the right-most address of
   * {@code X-Forwarded-For} (all its headers, in order) that is no trusted proxy, or the same of
   * the {@code for=} parameters of {@code Forwarded} when there is no {@code X-Forwarded-For}. An
   * entry that is no IP address (such as {@code unknown} or an obfuscated {@code _name}) ends the
   * walk at the hop before it; a chain of trusted proxies only gives its left-most one.
   */
  public String client(String peer, List<String> forwardedFor, List<String> forwarded) {
    if (ranges.isEmpty() || !trusts(peer)) {
      return peer;
    }
    List<String> hops = new ArrayList<>();
    if (!forwardedFor.isEmpty()) {
      for (String h : forwardedFor) {
        for (String v : h.split(",")) {
          hops.add(v.strip());
        }
      }
    } else {
      for (String h : forwarded) {
        for (String element : h.split(",")) {
          for (String pair : element.split(";")) {
            String[] kv = pair.strip().split("=", 2);
            if (kv.length == 2 && kv[0].strip().toLowerCase(Locale.ROOT).equals("for")) {
              hops.add(node(kv[1].strip()));
            }
          }
        }
      }
    }
    String client = literal(peer).map(InetAddress::getHostAddress).orElse(peer);
    for (int i = hops.size() - 1; i >= 0; i--) {
      Optional<InetAddress> a = literal(hops.get(i));
      if (a.isEmpty()) {
        return client;
      }
      client = a.get().getHostAddress();
      if (!trusts(a.get())) {
        return client;
      }
    }
    return client;
  }

  // Forwarded's node: "192.0.2.43:47011", "[2001:db8::1]:4711", quoted or not (RFC 7239 §6).
  private static String node(String value) {
    String v = value;
    if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
      v = v.substring(1, v.length() - 1);
    }
    if (v.startsWith("[")) {
      int close = v.indexOf(']');
      return close > 0 ? v.substring(1, close) : v;
    }
    int colon = v.indexOf(':');
    return colon > 0 && v.indexOf(':', colon + 1) < 0 ? v.substring(0, colon) : v;
  }

  /** An IP address written as a literal; never a name, which would need DNS. */
  static Optional<InetAddress> literal(String text) {
    String t = text.strip();
    if (t.startsWith("[") && t.endsWith("]")) {
      t = t.substring(1, t.length() - 1);
    }
    if (!IPV4.matcher(t).matches() && !IPV6.matcher(t).matches()) {
      return Optional.empty();
    }
    if (IPV4.matcher(t).matches()) {
      for (String octet : t.split("\\.")) {
        if (Integer.parseInt(octet) > 255) {
          return Optional.empty();
        }
      }
    }
    try {
      return Optional.of(InetAddress.getByName(t));
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
  }

  @Override
  public String toString() {
    return ranges.toString();
  }
}
