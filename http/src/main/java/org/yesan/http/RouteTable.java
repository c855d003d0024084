package org.yesan.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Which methods the server answers on which paths, so that a known path asked with another method
 * gets 405 with {@code Allow} rather than 404; path templates use {@code {name}} for one segment
 * and {@code <name>} for the rest of the path, as the router does.
 */
final class RouteTable {

  private record Route(String method, Pattern path) {}

  private final List<Route> routes = new ArrayList<>();

  RouteTable add(String method, String template) {
    StringBuilder regex = new StringBuilder();
    for (String part : template.split("(?=[{<])|(?<=[}>])")) {
      if (part.startsWith("{")) {
        regex.append("[^/]+");
      } else if (part.startsWith("<")) {
        regex.append(".+");
      } else {
        regex.append(Pattern.quote(part));
      }
    }
    // the router ignores one trailing slash
    routes.add(new Route(method, Pattern.compile(regex + "/?")));
    return this;
  }

  /**
   * The methods answered on {@code path}, sorted; empty when the path is unknown. Every GET path
   * answers HEAD too, as HTTP asks (RFC 9110 §9.3.2): the same status and headers, no body.
   */
  Set<String> allowed(String path) {
    Set<String> out = new TreeSet<>();
    for (Route r : routes) {
      if (r.path().matcher(path).matches()) {
        out.add(r.method());
      }
    }
    if (out.contains("GET")) {
      out.add("HEAD");
    }
    return out;
  }
}
