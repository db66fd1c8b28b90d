// Written by deploy/precompile-messages.ts from groupsList.json (`npm run dev` and `npm run build` rewrite it;
// src/i18n/catalogs.test.ts fails when it is out of date). Do not edit: edit groupsList.json.
declare const messages: {
  "page": {
    "title": "Groups";
    "newGroup": "New group";
    "searchLabel": "Search groups";
    "searchPlaceholder": "Search groups by name";
  };
  "status": {
    "label": "Status";
    "all": "All";
    "active": "Active";
    "inactive": "Inactive";
  };
  "export": {
    "button": "Export CSV";
    "failedTitle": "Could not export the groups";
    "failedMessage": "The file could not be made ({reason}). Check your connection and try again.";
  };
  "body": {
    "loadFailed": "Could not load groups";
    "stoppedTitle": "Loading stopped";
    "stoppedBody": "The list was not loaded because you cancelled it.";
    "load": "Load groups";
    "loading": "Loading groups…";
    "cancel": "Cancel";
    "emptyTitle": "No groups yet";
    "emptyBody": "Groups decide which agents take which calls. Create the first one to get started.";
    "create": "Create a group";
    "total": "{count, plural, one {# group} other {# groups}}";
    "matching": "{shown, number} of {total, plural, one {# group matches} other {# groups match}}";
    "noMatchTerm": "{status, select, active {No active groups match “{term}”} inactive {No inactive groups match “{term}”} other {No groups match “{term}”}}";
    "noMatch": "{status, select, active {No active groups} inactive {No inactive groups} other {No groups}}";
    "clearSearch": "Clear search";
    "showAll": "Show all statuses";
  };
  "table": {
    "selectAll": "Select all groups shown";
    "name": "Name";
    "status": "Status";
    "agents": "Agents";
    "agentCount": "{count, number}";
    "created": "Created";
    "actions": "Actions";
    "select": "Select {name}";
    "switch": "{name} active";
    "active": "Active";
    "inactive": "Inactive";
    "delete": "Delete";
    "deleteLabel": "Delete {name}";
  };
  "rowSwitch": {
    "title": "Deactivate {name}?";
    "titleNone": "Deactivate group?";
    "consequence": "While the group is inactive they receive none of its calls.";
    "keeps": "It keeps its agents and history; you can switch it back on at any time.";
    "cancel": "Cancel";
    "confirm": "Deactivate";
  };
  "bulk": {
    "hint": "Tick groups to activate, deactivate or delete several at once.";
    "activate": "Activate";
    "deactivate": "Deactivate";
    "deleteSelected": "Delete selected";
    "progress": "Bulk change progress";
    "done": "{action, select, activate {{count, plural, one {# group activated} other {# groups activated}}} deactivate {{count, plural, one {# group deactivated} other {# groups deactivated}}} other {{count, plural, one {# group deleted} other {# groups deleted}}}}";
    "failed": "{count, number} failed";
    "notDone": "{count, number} not done (your session ended)";
    "notRun": "{count, number} not attempted (cancelled)";
    "separator": ", ";
    "dismiss": "Dismiss report";
    "sessionEnded": "Your session ended during the run, so the rest was not sent. Sign in again, then run it again for the groups still selected.";
    "failure": "{name}: {message}";
    "failedStay": "The groups that failed stay selected: fix the cause and try again.";
  };
  "confirm": {
    "title": "{action, select, activate {{count, plural, one {Activate # group?} other {Activate # groups?}}} deactivate {{count, plural, one {Deactivate # group?} other {Deactivate # groups?}}} other {{count, plural, one {Delete # group?} other {Delete # groups?}}}}";
    "titleNone": "Bulk action";
    "button": "{action, select, activate {{count, plural, one {Activate # group} other {Activate # groups}}} deactivate {{count, plural, one {Deactivate # group} other {Deactivate # groups}}} other {{count, plural, one {Delete # group} other {Delete # groups}}}}";
    "cancel": "Cancel";
    "deleteWarning": "Deleting removes the groups and all their agent assignments permanently. It cannot be undone.";
    "deactivateNote": "Inactive groups keep their agents and history; their agents stop receiving the groups' calls.";
    "typeLabel": "Type {count, number} to delete {count, number} groups";
    "typeError": "Type {count, number}, the number of groups to delete.";
    "notCounted": "The agents affected were not counted.";
    "fromList": "{agents, plural, one {# agent assignment} other {# agent assignments}} in these groups, from the list's counts (who takes calls is counted for {upTo, number} groups or fewer).";
    "counted": "{agents, plural, one {# agent assignment} other {# agent assignments}} in these groups; {receiving, number} of them take calls.";
    "uncounted": "({count, plural, one {# group} other {# groups}} could not be counted.)";
    "counting": "Counting the agents affected…";
    "unknown": "The agents affected could not be counted: {reason}";
    "noListCounts": "the list does not say how many agents each group has.";
    "noneRead": "no group’s members could be read.";
    "skip": "Go on without the count";
  };
};
export default messages;
