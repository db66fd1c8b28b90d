// Written by deploy/precompile-messages.ts from agentsImport.json (`npm run dev` and `npm run build` rewrite it;
// src/i18n/catalogs.test.ts fails when it is out of date). Do not edit: edit agentsImport.json.
declare const messages: {
  "page": {
    "back": "← Agents";
    "title": "Import memberships";
    "readingFile": "Reading the file…";
    "unreadableFile": "This file cannot be imported";
    "unreadableText": "This text cannot be imported";
    "chooseMode": "Choose a mode to see what the import would do.";
    "unsaved": "The import you previewed has not been run.";
    "running": "The import is running.";
    "membersFailed": "Could not read the members of the groups the file names";
    "readingMembers": "Reading the members of the groups the file names: {read, number} of {total, plural, one {# group} other {# groups}}…";
    "readingMembersLabel": "Reading the groups’ members";
    "accountFailed": "Could not load the account’s groups and agents";
    "readingAccount": "Reading the account’s groups and agents…";
  };
  "source": {
    "help": "The first row names the columns, in any order: <code>{group_id}</code> or <code>{group}</code> (the group’s name), <code>{agent_id}</code> or <code>{agent_email}</code>, and optionally <code>{takes_calls}</code> (<code>{yes}</code> or <code>{no}</code>; {yes} when left empty and adding). Comma or semicolon separated, UTF-8, up to {max, number} rows. <em>Export memberships</em> on the Agents page writes a file in this form.";
    "file": "CSV file";
    "paste": "Or paste the CSV text";
    "pasteUnused": "Not used while a file is chosen: typing here lets go of the file.";
    "mode": "Mode";
  };
  "modes": {
    "add": "Add";
    "addDescription": "Adds each agent to the group the row names; nobody leaves. A row’s {takes_calls} sets whether they take its calls.";
    "replace": "Replace";
    "replaceDescription": "For each group the file names, the file is its complete membership: agents it does not list leave that group.";
    "remove": "Remove";
    "removeDescription": "Removes each agent from the group the row names.";
  };
  "parse": {
    "tooLarge": "This file is {megabytes, number} MB: too large for one import (at most {max, number} rows). Split it into smaller files.";
    "notUtf8": "This file is not UTF-8 text. Save it from your spreadsheet as “CSV UTF-8” and choose it again.";
    "utf16": "This file is not UTF-8 text (it is UTF-16). Save it from your spreadsheet as “CSV UTF-8” and choose it again.";
    "binary": "This file is not a CSV: it holds binary data, not text. Choose a .csv file saved from a spreadsheet.";
    "empty": "This file is empty: an import needs a header row ({group_id} or {group}, {agent_id} or {agent_email}, and optionally {takes_calls}) and at least one row under it.";
    "openQuote": "Row {row, number} has a quote mark (\") that is not closed where the cell ends, so the file cannot be read reliably. Fix that cell and choose the file again.";
    "openQuoteSomewhere": "A row has a quote mark (\") that is not closed where the cell ends, so the file cannot be read reliably. Fix that cell and choose the file again.";
    "noHeader": "This does not look like a membership CSV: the first row must be a header naming the columns {group_id} or {group}, {agent_id} or {agent_email}, and optionally {takes_calls}. It reads “{firstLine}”.";
    "noKnownColumn": "The header names no column an import reads ({columns}). It needs {group_id} or {group}, {agent_id} or {agent_email}, and optionally {takes_calls}.";
    "unknownColumns": "{count, plural, one {Unknown column} other {Unknown columns}}: {columns}. An import reads {group_id}, {group}, {agent_id}, {agent_email}, {takes_calls} ({agent} and {reason} are ignored).";
    "unnamedColumn": "(a column with no name)";
    "columnTwice": "The column {column} appears twice in the header.";
    "noGroupNoAgent": "No group column ({group_id} or {group}) and no agent column ({agent_id} or {agent_email}) in the header.";
    "noGroupColumn": "No group column in the header: add {group_id} or {group}.";
    "noAgentColumn": "No agent column in the header: add {agent_id} or {agent_email}.";
    "tooManyRows": "This file has {rows, number} rows: an import takes at most {max, number}. Split it into smaller files.";
    "noRows": "This file has a header but no rows under it: there is nothing to import.";
    "readerFailed": "The CSV reader could not be loaded ({reason}). Check the connection and try again.";
  };
  "row": {
    "extraCells": "it has more cells than the header's {columns, number} columns";
    "noGroup": "no group given";
    "noAgent": "no agent given";
    "takesCalls": "unreadable {takes_calls} “{value}” (use {yes} or {no})";
  };
  "reason": {
    "unknownGroupId": "unknown group: no group has id {id}";
    "ambiguousGroup": "“{name}” names more than one group: use {group_id}";
    "unknownGroupName": "unknown group “{name}”";
    "membersUnread": "the group's members could not be read";
    "unknownAgentId": "unknown agent: no agent has id {id}";
    "ambiguousEmail": "more than one agent has the email {email}: use {agent_id}";
    "unknownEmail": "unknown agent: no agent has the email {email}";
    "duplicate": "duplicate of row {row}";
    "contradicts": "contradicts {count, plural, one {row} other {rows}} {rows}";
    "unknown": "it cannot be used";
  };
  "outcome": {
    "error": "error: {reason}";
    "willJoin": "will join";
    "willLeave": "will leave";
    "willTakeCalls": "will take calls";
    "willStopTakingCalls": "will stop taking calls";
    "alreadySo": "already so";
    "takesCalls": "takes calls";
    "takesNoCalls": "takes no calls";
  };
  "count": {
    "willJoin": "{count, number} will join";
    "willLeave": "{count, number} will leave";
    "willTakeCalls": "{count, number} will take calls";
    "willStopTakingCalls": "{count, number} will stop taking calls";
    "alreadySo": "{count, number} already so";
  };
  "change": {
    "join": "+{count, plural, one {# agent} other {# agents}}";
    "leave": "−{count, plural, one {# agent} other {# agents}}";
    "start": "{count, plural, one {# starts taking calls} other {# start taking calls}}";
    "stop": "{count, plural, one {# stops taking calls} other {# stop taking calls}}";
    "none": "no change";
  };
  "preview": {
    "title": "Preview";
    "summary": "{rows, plural, one {# row} other {# rows}}, {errors, plural, =0 {none} other {#}} in error; {groups, plural, one {# group changes} other {# groups change}}.";
    "verdicts": "Rows: {counts}.";
    "unreadTitle": "Some groups’ members could not be read";
    "unreadGroup": "{name}: {message}";
    "unreadUnknown": "It could not be read.";
    "unreadRows": "Their rows are in error: nothing is guessed about who is in them.";
    "readAgain": "Read again";
    "byGroup": "Changes by group";
    "plan": "{name}: {changes}";
    "planNobody": "{name}: {changes}; nobody would take its calls";
    "skip": "Skip rows with errors";
    "replaceSkip": "Rows in error are skipped: in Replace mode an agent named only by a skipped row leaves the group.";
    "import": "Import";
    "blockedErrors": "{count, plural, one {# row is} other {# rows are}} in error: fix the file, or tick Skip rows with errors.";
    "blockedNothing": "Nothing to change: every group already is as the file says.";
    "onlyErrors": "Only rows with errors";
  };
  "table": {
    "label": "Rows of the file";
    "row": "Row";
    "group": "Group";
    "agent": "Agent";
    "outcome": "Outcome";
  };
  "confirm": {
    "title": "{count, plural, one {Leave a group with nobody taking its calls?} other {Leave groups with nobody taking their calls?}}";
    "body": "After this import nobody would take the calls of {count, plural, one {the active group} other {# active groups}}: {names}. Callers routed there would not reach an agent.";
    "cancel": "Cancel";
    "confirm": "Import anyway";
  };
  "run": {
    "label": "Import of {name} ({mode})";
    "pastedText": "pasted text";
    "progress": "{label}: {settled, number} of {total, plural, one {# group} other {# groups}}…";
    "stopping": "{label}: {settled, number} of {total, plural, one {# group} other {# groups}} — stopping after the groups being sent…";
    "progressLabel": "Import progress";
    "cancel": "Cancel";
  };
  "report": {
    "title": "Import finished";
    "status": "{label}: {done, number} of {total, plural, one {# group} other {# groups}} changed{failed, plural, =0 {} other {, # failed}}{notDone, plural, =0 {} other {, # not done}}.";
    "sessionEndedTitle": "Your session ended during the import";
    "sessionEnded": "{count, plural, one {# group was} other {# groups were}} not sent. Sign in again, then import the failed rows.";
    "cancelled": "You cancelled the import: {count, plural, one {# group was} other {# groups were}} not sent.";
    "byGroup": "Outcome by group";
    "done": "<b>{name}</b>: done ({changes}).";
    "failed": "<b>{name}</b>: <error>failed</error> — {message} Its rows are in the failed rows.";
    "notDone": "<b>{name}</b>: not done (nothing was sent). Its rows are in the failed rows.";
    "download": "Download failed rows";
    "allApplied": "Every row was applied.";
    "notApplied": "{count, plural, one {# row} other {# rows}} not applied, each with the reason.";
    "downloadFailed": "Could not download the failed rows: {reason}";
    "undoing": "The import is being undone.";
    "another": "Import another file";
  };
  "undo": {
    "button": "Undo this import";
    "progress": "Undoing the import: {settled, number} of {total, plural, one {# group} other {# groups}}…";
    "progressLabel": "Undo progress";
    "title": "Import undone";
    "allBack": "Every group is back to its members before the import ({count, plural, one {# group} other {# groups}}).";
    "someBack": "{back, number} of {total, plural, one {# group} other {# groups}} put back.";
    "sessionEnded": "Your session ended: sign in again to undo the rest from Recent changes.";
    "putBack": "<b>{name}</b>: put back";
    "notDone": "<b>{name}</b>: not done";
    "refused": "<b>{name}</b>: <error>not put back</error> — {message}";
  };
};
export default messages;
