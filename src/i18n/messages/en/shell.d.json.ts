// Written by deploy/precompile-messages.ts from shell.json (`npm run dev` and `npm run build` rewrite it;
// src/i18n/catalogs.test.ts fails when it is out of date). Do not edit: edit shell.json.
declare const messages: {
  "host": {
    "mock": "built-in mock API";
    "own": "this site’s API";
  };
  "nav": {
    "agents": "Agents";
    "auditLog": "Audit log";
  };
  "signOut": "Sign out";
  "shortcuts": {
    "title": "Keyboard shortcuts";
    "key": "Key";
    "action": "Action";
    "searchGroups": "Search groups";
    "newGroup": "New group";
    "showShortcuts": "Show these shortcuts";
  };
  "notFound": {
    "title": "Page not found";
    "body": "There is nothing at this address.";
    "toGroups": "Go to groups";
  };
  "crashed": {
    "title": "Something went wrong";
    "body": "The console hit an unexpected problem. Nothing was changed on the server by this error.";
    "reload": "Reload the console";
  };
  "loading": "Loading";
  "refreshFailed": {
    "title": "Could not refresh";
    "message": "{reason} The list shows what was loaded before.";
  };
};
export default messages;
