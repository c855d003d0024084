package org.yesan.http;

import java.util.List;

/**
 * A group of API endpoints that the server registers and documents in its OpenAPI document; other
 * modules (series, themes, claim checks) implement it and list their class in {@code
 * META-INF/services/org.yesan.http.Routes}, or hand an instance to {@link YesanServer#start}.
 */
public interface Routes {

  /** The endpoints, each with its full path such as {@code /api/v1/series/{name}}. */
  List<Endpoint> endpoints();
}
