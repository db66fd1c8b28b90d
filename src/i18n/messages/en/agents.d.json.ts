// Written by deploy/precompile-messages.ts from agents.json (`npm run dev` and `npm run build` rewrite it;
// src/i18n/catalogs.test.ts fails when it is out of date). Do not edit: edit agents.json.
declare const messages: {
  "unknownError": "Unknown error";
  "page": {
    "title": "Agents";
    "importCsv": "Import CSV";
    "searchLabel": "Search agents";
    "searchPlaceholder": "Search agents by name or email";
  };
  "export": {
    "button": "Export memberships";
    "leftOutTitle": "The file leaves out {count, plural, one {# group} other {# groups}}";
    "leftOutMessage": "Their members are not known in full here: {names}. Refresh, then export again.";
    "failedTitle": "Could not export the memberships";
    "failedMessage": "The file could not be made ({reason}). Check your connection and try again.";
  };
  "freshness": {
    "reading": "Reading groups: {read, number} of {total, number}";
    "progressLabel": "Groups read";
    "foundSoFar": "The agents below are those found so far.";
    "refreshing": "Refreshing memberships…";
    "asOf": "Memberships as of {at, time, short}";
    "notYet": "Memberships not read yet";
    "perGroup": "(read group by group, {count, plural, one {# group} other {# groups}})";
    "refresh": "Refresh";
  };
  "coverage": {
    "title": "Coverage";
    "soFar": "so far";
    "note": "({note})";
    "count": "{count, number}";
    "uncovered": "Active groups where nobody takes calls";
    "whichGroups": "Which groups";
    "inNoGroup": "Agents in no group";
    "countedOnceRead": "counted once every group is read";
    "takingNoCalls": "Agents who take calls for no group";
    "unreadable": "{count, plural, one {# group could not be read; the counts leave it out.} other {# groups could not be read; the counts leave them out.}}";
    "flagsUnknown": "Who takes calls is not known yet for some memberships; groups with such members are not counted as uncovered.";
  };
  "body": {
    "loadFailed": "Could not load agents";
    "loading": "Loading agents…";
    "partialFailed": "Could not read every group’s members";
    "partialFailedBody": "The agents below are those found before it stopped.";
    "noAgents": "No agents in this account";
    "noAgentsBody": "Agents are created in DeepCall; once they exist they appear here with their groups.";
    "total": "{total, plural, one {# agent} other {# agents}}";
    "shownOf": "{shown, number} of {total, plural, one {# agent} other {# agents}} shown";
    "legend": "takes calls for that group";
    "everyoneInGroup": "Every agent is in a group";
    "everyoneTakesCalls": "Every agent in a group takes calls for at least one";
    "none": "No agents";
    "noMatch": "No agents match “{term}”";
    "noMatchHere": "No agents match “{term}” here";
    "clearSearch": "Clear search";
    "showAll": "Show all agents";
  };
  "bulkBar": {
    "hint": "Tick agents to add them to groups, remove them, or change which groups’ calls they take.";
  };
  "show": {
    "label": "Show";
    "all": "All";
    "noGroup": "In no group";
    "noCalls": "Takes no calls";
  };
  "table": {
    "selectAll": "Select all agents shown";
    "name": "Name";
    "email": "Email";
    "groups": "Groups";
    "select": "Select {name}";
    "noGroup": "No group";
    "takesCalls": "takes calls";
    "callsUnknown": "calls not known yet";
    "groupTakesCalls": "{name} (takes calls)";
    "groupCallsUnknown": "{name} (calls not known yet)";
  };
  "actions": {
    "add": {
      "label": "Add to group…";
      "confirm": "Add";
      "title": "Add {count, plural, one {# agent} other {# agents}} to groups";
    };
    "remove": {
      "label": "Remove from group…";
      "confirm": "Remove";
      "title": "Remove {count, plural, one {# agent} other {# agents}} from groups";
    };
    "takeCalls": {
      "label": "Take calls for…";
      "confirm": "Take calls";
      "title": "Let {count, plural, one {# agent} other {# agents}} take calls for groups";
    };
    "stopCalls": {
      "label": "Stop taking calls for…";
      "confirm": "Stop taking calls";
      "title": "Stop {count, plural, one {# agent} other {# agents}} taking calls for groups";
    };
  };
  "dialog": {
    "names": "{names}.";
    "namesAndMore": "{names} and {more, number} more.";
    "groupLabel": "Group";
    "descriptionAdd": "One or more groups.";
    "descriptionOther": "One or more of the groups they are in.";
    "placeholder": "Type to find a group";
    "pickOne": "Pick at least one group.";
    "noneInGroup": "None of them is in a group";
    "noMatch": "No group matches";
    "inactiveOption": "{name} (inactive)";
    "takesCalls": "Takes calls";
    "cancel": "Cancel";
  };
  "impact": {
    "nothing": "Nothing would change.";
    "summary": "{changes, plural, one {# group changes} other {# groups change}}.";
    "summaryWithUnchanged": "{changes, plural, one {# group changes} other {# groups change}}; nothing changes in {unchanged, number}.";
    "line": "{inactive, select, yes { (inactive)} other {}}: {description}";
    "joinTaking": "{count, plural, one {# agent joins} other {# agents join}} (taking its calls)";
    "joinNotTaking": "{count, plural, one {# agent joins} other {# agents join}} (not taking its calls)";
    "leave": "{count, plural, one {# agent leaves} other {# agents leave}}";
    "startCalls": "{count, plural, one {# agent starts taking its calls} other {# agents start taking its calls}}";
    "stopCalls": "{count, plural, one {# agent stops taking its calls} other {# agents stop taking its calls}}";
    "alreadyIn": "{count, plural, one {# agent is already in it} other {# agents are already in it}} (no change, their call setting stays)";
    "alreadyTaking": "{count, plural, one {# agent already takes its calls} other {# agents already take its calls}} (no change)";
    "alreadyNotTaking": "{count, plural, one {# agent already does not take its calls} other {# agents already do not take its calls}} (no change)";
    "notIn": "{count, plural, one {# agent is not in it} other {# agents are not in it}} (no change)";
    "noChange": "no change";
    "nobodyTitle": "Left with nobody taking calls";
    "nobody": "{count, plural, one {{names} is an active group: after this, nobody would take its calls.} other {{names} are active groups: after this, nobody would take their calls.}}";
    "unknown": "{count, plural, one {Not read yet or unreadable: {names}. Whoever is in it already is checked when the change is sent, and stays as they are.} other {Not read yet or unreadable: {names}. Whoever is in them already is checked when the change is sent, and stays as they are.}}";
  };
  "run": {
    "progress": "{settled, number} of {total, plural, one {# group} other {# groups}}";
    "progressLabel": "Membership changes sent";
    "cancel": "Cancel";
    "retry": "Retry";
    "done": "Done";
    "changed": "{count, plural, one {# group changed} other {# groups changed}}";
    "alreadySo": "{count, number} already so";
    "failed": "{count, number} failed";
    "notDoneSessionEnded": "{count, number} not done (your session ended)";
    "notDoneCancelled": "{count, number} not done (cancelled)";
    "groupSays": "{group}: {message}";
    "sessionEnded": "Your session ended during the run, so the rest was not sent. Sign in again, then Retry.";
    "notSent": "Not sent (cancelled): {names}.";
  };
  "agent": {
    "allAgents": "← All agents";
    "reading": "Reading the groups’ members ({read, number} of {total, plural, one {# group} other {# groups}}): the list below may be incomplete.";
    "unreadableTitle": "The members of {count, plural, one {# group} other {# groups}} could not be read";
    "unreadableBody": "{count, plural, one {{name} may be in it too: the list below may be incomplete.} other {{name} may be in them too: the list below may be incomplete.}}";
    "readAgain": "Read again";
    "title": "Agent";
    "loadFailed": "Could not load the agent and their groups";
    "lookingFor": "Looking for this agent ({read, number} of {total, plural, one {# group} other {# groups}} read)…";
    "loading": "Loading agent…";
    "notFoundTitle": "No agent with this ID";
    "notFoundBody": "This account has no agent with the ID “{id}”. The agent may have been removed, or the link may be mistyped.";
    "backToAll": "Back to all agents";
  };
  "editor": {
    "title": "Their groups";
    "addToGroups": "Add to groups";
    "summary": "In {count, plural, one {# group} other {# groups}}; takes calls for {taking, number}.";
    "inNoGroup": "{name} is in no group yet.";
    "pendingLabel": "Pending group changes";
    "saving": "Saving: {settled, number} of {total, plural, one {# group} other {# groups}} done…";
    "notSaved": "{count, plural, one {# group change is not saved: only Save groups saves it.} other {# group changes are not saved: only Save groups saves them.}}";
    "guardUnsaved": "{count, plural, one {# group change is not saved.} other {# group changes are not saved.}}";
    "guardSaving": "{count, plural, one {# group change is being saved.} other {# group changes are being saved.}}";
    "joins": "+{count, plural, one {# group} other {# groups}}";
    "leaves": "−{count, plural, one {# group} other {# groups}}";
    "calls": "{count, plural, one {# call setting} other {# call settings}}";
    "noChange": "no change";
    "save": "Save groups";
    "discard": "Discard";
    "savedTitle": "Groups of {name} saved";
    "savedMessage": "{count, plural, one {# group changed.} other {# groups changed.}}";
    "notAllSavedTitle": "Groups of {name} not all saved";
    "groupSays": "{group}: {message}";
  };
  "nobody": {
    "titleOne": "Nobody will take {name}’s calls";
    "titleMany": "Nobody will take the calls of {count, plural, one {# group} other {# groups}}";
    "bodyOne": "{name} is active, and after this change none of its agents takes its calls. Callers routed to it will not reach anyone until someone does.";
    "bodyMany": "These groups are active, and after this change none of their agents takes their calls. Callers routed to them will not reach anyone until someone does.";
    "cancel": "Cancel";
    "saveAnyway": "Save anyway";
  };
  "groupsTable": {
    "label": "Their groups";
    "group": "Group";
    "takesCalls": "Takes calls";
    "actions": "Actions";
    "active": "Active";
    "inactive": "Inactive";
    "joinsWhenSaved": "joins when saved";
    "notSaved": "not saved";
    "callsFor": "Takes calls for {name}";
    "yes": "Yes";
    "no": "No";
    "retryLabel": "Could not check the calls for {name}: retry";
    "retry": "Retry";
    "noLongerIn": "No longer in it";
    "checking": "Checking…";
    "removeFrom": "Remove from {name}";
    "remove": "Remove";
  };
  "report": {
    "keptTitle": "Saved, keeping a colleague’s change";
    "dismiss": "Dismiss";
    "groupSays": "{group}: {message}";
    "notSavedFor": "Not saved for {count, plural, one {# group} other {# groups}}";
    "savedFor": "Saved for {names}.";
    "notSent": "{group}: not sent, the session ended first.";
    "stillPending": "These changes are still pending below.";
    "signInThenRetry": "Sign in again if asked, then retry. These changes are still pending below.";
    "retry": "Retry";
  };
  "picker": {
    "title": "Add to groups";
    "addTo": "Add to {name}";
    "detail": "{active, select, yes {Active} other {Inactive}}";
    "detailWithCount": "{active, select, yes {Active} other {Inactive}} · {count, plural, one {# agent} other {# agents}}";
    "search": "Search groups";
    "byName": "By name";
    "inEvery": "{name} is in every group of the account already.";
    "match": "{shown, number} of {total, plural, one {# group} other {# groups}} match";
    "notIn": "{count, plural, one {# group} other {# groups}} {name} is not in";
    "listLabel": "Groups they are not in";
    "chosen": "{count, number} chosen; {name} will take calls there";
    "noneChosen": "No group chosen yet";
    "addToCount": "Add to {count, plural, one {# group} other {# groups}}";
    "cancel": "Cancel";
  };
};
export default messages;
