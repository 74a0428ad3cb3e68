package org.llmleaderboard.service.load.source;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.llmleaderboard.importer.source.SourceRecords;
import org.llmleaderboard.service.edit.ChangeLog;
import org.llmleaderboard.service.edit.ChangeSubject;

/**
 * A refresh's merge and its change-log entry in one transaction: the entry ({@code "<source> import from …"}) is what
 * {@code /sources} shows as the source's last import, and it exists only when the merge committed.
 */
@ApplicationScoped
public class RefreshLog {

    private final ChangeLog changeLog;

    RefreshLog(ChangeLog changeLog) {
        this.changeLog = changeLog;
    }

    @Transactional
    SourceReport merged(RefreshJob job, SourceImportService imports, SourceRecords records) {
        SourceReport report = imports.merge(job.format.source(), records);
        changeLog.appendAs(job.actor, new ChangeSubject("import", job.format.source().id(), null), "counts", null, report.toString(),
                job.format.source().importFormat() + " import from " + job.location);
        return report;
    }
}
