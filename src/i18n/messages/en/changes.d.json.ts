// Written by deploy/precompile-messages.ts from changes.json (`npm run dev` and `npm run build` rewrite it;
// src/i18n/catalogs.test.ts fails when it is out of date). Do not edit: edit changes.json.
declare const messages: {
  "state": "“{name}”, {status, select, active {active} other {inactive}}";
  "alone": {
    "created": "Created {name}";
    "deleted": "Deleted {name}";
    "members": "{group}: members — {who}";
    "membersUnchanged": "{group}: members — not changed";
    "undidMembers": "Undid: {group}: members — {who}";
    "renamed": "{group}: renamed {from} → {to}";
    "switched": "{group}: {status, select, active {activated (inactive → active)} other {deactivated (active → inactive)}}";
    "renamedAndSwitched": "{group}: renamed {from} → {to}, {status, select, active {activated (inactive → active)} other {deactivated (active → inactive)}}";
    "saved": "{group}: saved without changes";
    "renamedBack": "{group}: renamed back to {to}";
    "switchedBack": "{group}: {status, select, active {activated again (inactive → active)} other {deactivated again (active → inactive)}}";
    "renamedAndSwitchedBack": "{group}: renamed back to {to}, {status, select, active {activated again (inactive → active)} other {deactivated again (active → inactive)}}";
    "putBack": "{group}: put back as it was (nothing to change)";
  };
  "besideName": {
    "created": "created";
    "createdAs": "created as “{name}”, {status, select, active {active} other {inactive}}";
    "deleted": "deleted";
    "members": "members — {who}";
    "membersUnchanged": "members — no change";
    "undidMembers": "undid: members — {who}";
    "renamed": "renamed “{from}” → “{to}”";
    "switched": "{status, select, active {inactive → active} other {active → inactive}}";
    "renamedAndSwitched": "renamed “{from}” → “{to}”, {status, select, active {inactive → active} other {active → inactive}}";
    "saved": "saved without changes";
    "renamedBack": "renamed back to “{to}”";
    "switchedBack": "{status, select, active {active again (inactive → active)} other {inactive again (active → inactive)}}";
    "renamedAndSwitchedBack": "renamed back to “{to}”, {status, select, active {active again (inactive → active)} other {inactive again (active → inactive)}}";
    "putBack": "put back as it was (nothing to change)";
  };
  "diff": {
    "added": "+{count, plural, one {# agent} other {# agents}}";
    "removed": "−{count, plural, one {# agent} other {# agents}}";
    "start": "{count, plural, one {# starts taking calls} other {# start taking calls}}";
    "stop": "{count, plural, one {# stops taking calls} other {# stop taking calls}}";
    "joined": "joined: {names}";
    "left": "left: {names}";
    "nowTakeCalls": "now take calls: {names}";
    "noLongerTakeCalls": "no longer take calls: {names}";
    "none": "no change";
  };
  "undone": {
    "renamedAndSwitched": "{from} was renamed back to {to} and is {status, select, active {active} other {inactive}} again.";
    "renamed": "{from} was renamed back to {to}.";
    "switched": "{name} is {status, select, active {active} other {inactive}} again.";
    "same": "{name} is as it was.";
    "members": "{name} has its {count, plural, one {# previous member} other {# previous members}} again.";
  };
  "errors": {
    "changedElsewhere": "This group was changed elsewhere since you opened it (it is now “{name}”, {status, select, active {active} other {inactive}}). Nothing was saved.";
    "cannotUndo": "It was changed again since (it is now “{nowName}”, {nowStatus, select, active {active} other {inactive}}, not “{expectedName}”, {expectedStatus, select, active {active} other {inactive}}); undoing would overwrite that change. Nothing was sent.";
    "statusNotHeld": "DeepCall answered, but reading {name} back shows it still {status, select, active {active} other {inactive}}: the change did not hold. Try again, or check whether someone switched it back.";
    "nobodyTakesCalls": "After this change nobody would take {name}’s calls. Nothing was sent.";
    "membersChangedSince": "The members changed again since ({since}); undoing would overwrite that change. Nothing was sent.";
    "cannotBeUndone": "This change cannot be undone.";
    "statesUnread": "Not sent: the groups' current state could not be read. {reason}";
    "unknown": "Unknown error";
  };
  "notes": {
    "renamedElsewhere": "{from} was renamed to {to} elsewhere; the new name was kept.";
    "membersChangedElsewhere": "The members had changed elsewhere since the page was loaded ({diff}); your changes were applied on top.";
    "goneAfter": "The group was deleted right after, in another tab or by another supervisor.";
  };
  "recent": {
    "button": "{count, plural, =0 {Recent changes} other {Recent changes (#)}}";
    "title": "Recent changes";
    "intro": "Changes made in this browser tab. Renames, status and membership changes can be undone while the group is still as the change left it; deletions cannot, nor can an undo.";
    "empty": "No changes yet in this session.";
    "done": "Done";
    "undone": "Undone";
    "failed": "Failed";
    "undo": "Undo";
    "undoLabel": "Undo: {change}";
    "undoneTitle": "Change undone";
    "undoFailedTitle": "Could not undo";
  };
  "toggle": {
    "goneTitle": "{name} no longer exists";
    "goneMessage": "It was deleted elsewhere. The list has been refreshed.";
    "switchedTitle": "{name} {status, select, active {activated} other {deactivated}}";
    "notSwitchedTitle": "{name} was not {status, select, active {activated} other {deactivated}}";
  };
};
export default messages;
