package org.yesan.ingest.fdp;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.yesan.ingest.ImportOptions;
import org.yesan.ingest.InputException;
import org.yesan.ingest.SourceBatch;
import org.yesan.ingest.SourceFormat;

/**
 * Fiscal Data Packages (Open Knowledge / OpenSpending): a {@code datapackage.json} descriptor and
 * its CSV resources, in the v1.0 {@code columnType} style, the v0.3 {@code model} style, or the
 * earlier {@code mapping} style.
 */
public final class FiscalDataPackageFormat implements SourceFormat {

  @Override
  public String id() {
    return "fdp";
  }

  @Override
  public int detect(Path file, byte[] head) {
    Path name = file.getFileName();
    boolean named = name != null && name.toString().equalsIgnoreCase("datapackage.json");
    if (!named
        && (name == null
            || !name.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json"))) {
      return 0;
    }
    try {
      JsonNode root = PackageDescriptor.parseJson(file);
      boolean resources = root.path("resources").isArray();
      boolean fiscal =
          root.has("model") || root.has("mapping") || root.toString().contains("\"columnType\"");
      if (resources && (named || fiscal)) {
        return named ? 95 : 70;
      }
      return 0;
    } catch (InputException e) {
      // A file named datapackage.json that is not JSON is still ours to report on.
      return named ? 50 : 0;
    }
  }

  @Override
  public SourceBatch open(Path file, ImportOptions options) {
    return new FiscalDataPackageBatch(PackageDescriptor.read(file));
  }
}
