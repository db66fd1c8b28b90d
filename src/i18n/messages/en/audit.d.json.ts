// Written by deploy/precompile-messages.ts from audit.json (`npm run dev` and `npm run build` rewrite it;
// src/i18n/catalogs.test.ts fails when it is out of date). Do not edit: edit audit.json.
declare const messages: {
  "title": "Audit log";
  "intro": "What was done from this browser for this DeepCall account: every change made in the console here, done or failed. Changes made from other computers or browsers, or in DeepCall’s own panel, are not in it. The log stays in this browser through sign-out and restarts, keeping the newest {maxEntries, number} entries or the last {maxDays, plural, one {# day} other {# days}}, whichever is fewer.";
  "notKept": {
    "title": "The audit log is not being kept";
    "message": "This browser cannot store it ({reason}); a private window or full storage can do that. Changes still reach DeepCall, but they are missing from this log.";
    "noIndexedDb": "this browser offers no IndexedDB";
  };
  "filters": {
    "name": "Group name";
    "kind": "Kind of change";
    "outcome": "Outcome";
    "from": "From";
    "to": "To";
    "allKinds": "All kinds";
    "anyOutcome": "Done or failed";
    "done": "Done";
    "failed": "Failed";
  };
  "kinds": {
    "create": "Create";
    "update": "Rename or status";
    "delete": "Delete";
    "members": "Members";
    "undo": "Undo";
  };
  "reading": "Reading the log…";
  "count": "{count, plural, one {# entry} other {# entries}}";
  "countOf": "{shown, number} of {total, plural, one {# entry} other {# entries}}";
  "export": "Export CSV";
  "exportFailed": "Could not export: {reason}";
  "clear": "Clear this browser’s log";
  "empty": "No changes have been recorded in this browser for this account yet.";
  "noMatch": "No entries match these filters.";
  "clearDialog": {
    "title": "Clear this browser’s log?";
    "message": "This deletes every entry this browser keeps for this account. Nothing changes in DeepCall, and the entries cannot be brought back.";
    "failed": "The log could not be cleared: {reason}";
    "cancel": "Cancel";
    "confirm": "Clear the log";
  };
  "table": {
    "label": "Audit log entries";
    "when": "When";
    "group": "Group";
    "change": "Change";
    "outcome": "Outcome";
    "groupId": "ID {id}";
    "partOf": "Part of {batch}";
    "done": "Done";
    "failed": "Failed";
  };
};
export default messages;
