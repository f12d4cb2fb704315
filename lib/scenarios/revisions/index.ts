export { compareRevisions, type RevisionComparison } from "./compare-revisions";
export { getRevision, type RevisionView } from "./get-revision";
export { listRevisions, type RevisionSummary } from "./list-revisions";
