-- Who entered each approved value, kept beside who approved it: a figure's history said only when each
-- revision was approved, and the statistician who entered a correction was found only in the audit
-- trail (a stranger's trial). Filled at approval from the figure's enterer. Revisions approved before
-- this column existed take it where the figure still holds its last revision's value, as entered; the
-- others are unknown (null) and the history says so.
alter table figure_revision add column entered_by integer references app_user (id);

update figure_revision r
set entered_by = f.entered_by
from figure f
where f.id = r.figure_id
  and r.revision = f.revision
  and f.status = 'approved'
  and f.entered_by is not null;
