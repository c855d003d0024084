package org.yesan.audit;

import java.util.List;

/** The store's record of who changed or tried to change what; entries are only ever added. */
public interface AuditLog {

  /** Adds an entry; the store numbers it. */
  void append(AuditEntry entry);

  /** A page of entries, newest first, skipping {@code offset}. */
  List<AuditEntry> auditEntries(int offset, int limit);

  /** How many entries there are. */
  long auditCount();
}
