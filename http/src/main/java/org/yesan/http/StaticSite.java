package org.yesan.http;

import java.util.Optional;

/**
 * The files of a browser front end that {@link YesanServer} serves at {@code /} and {@code
 * /static/…}; the module holding them lists its implementation in {@code
 * META-INF/services/org.yesan.http.StaticSite}, and without one the server answers the API only.
 */
public interface StaticSite {

  /** One file to serve: its bytes and content type. */
  record Asset(byte[] bytes, String contentType) {

    public Asset {
      bytes = bytes.clone();
      if (contentType.isBlank()) {
        throw new IllegalArgumentException("an asset needs a content type");
      }
    }

    @Override
    public byte[] bytes() {
      return bytes.clone();
    }
  }

  /** The file at {@code path} below {@code /static/}, if there is one. */
  Optional<Asset> find(String path);

  /** The page served at {@code /}. */
  Asset index();
}
