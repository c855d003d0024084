package org.yesan.store.imports;

import java.util.List;
import org.yesan.audit.AuditEntry;

/**
 * What an import writes to the store's audit log, made from its report and written in the import's
 * own transaction: an import that commits is logged, or neither happens.
 */
@FunctionalInterface
public interface ImportAudit {

  /** Writes nothing. */
  ImportAudit NONE = report -> List.of();

  /** The entries of an import about to commit. */
  List<AuditEntry> entries(ImportReport report);
}
