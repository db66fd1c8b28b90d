// Written by deploy/precompile-messages.ts from session.json (`npm run dev` and `npm run build` rewrite it;
// src/i18n/catalogs.test.ts fails when it is out of date). Do not edit: edit session.json.
declare const messages: {
  "tagline": "Sign in to manage your DeepCall agent groups.";
  "method": {
    "label": "Sign in with";
    "ssid": "Session ID";
    "token": "User ID and token";
  };
  "field": {
    "ssid": "Session ID";
    "userId": "User ID";
    "token": "Token";
    "apiServer": "API server";
    "apiServerHint": "Your DeepCall host. Leave empty to use this site’s own address.";
    "apiServerHintMock": "Your DeepCall host. Leave empty to use the built-in mock API (demo: session ID {ssid}).";
    "remember": "Remember me on this computer";
  };
  "invalid": {
    "baseUrl": "Enter the server address as https://your-host (or leave it empty).";
    "ssid": "Enter your DeepCall session ID.";
    "userId": "Enter your DeepCall user ID.";
    "token": "Enter your API token.";
    "blockedHost": "This console was built to talk to {allowed}. To use {origin}, rebuild it with VITE_DEEPCALL_BASE_URL={origin}.";
    "blockedHostOwnSite": "This console was built to talk to this site only. To use {origin}, rebuild it with VITE_DEEPCALL_BASE_URL={origin}.";
  };
  "submit": "Sign in";
  "failure": {
    "title": "Sign-in failed";
    "notAccepted": "DeepCall did not accept these credentials. Check them and try again.";
    "unknown": "Sign-in failed.";
    "serverSaid": "DeepCall said: “{message}”";
    "notLoaded": "This page could not download what signing in needs. Check the connection, then reload the page.";
  };
  "localMock": {
    "title": "This build talks to the local mock API";
    "body": "It was built without VITE_DEEPCALL_BASE_URL, so it signs in to the mock DeepCall API at {url}, and nothing done here reaches DeepCall. Rebuild it with VITE_DEEPCALL_BASE_URL set to your DeepCall host.";
  };
  "ended": {
    "title": "Your session has ended";
    "body": "DeepCall no longer accepts your session. Sign in again to carry on — what you typed on this page is kept.";
    "formFailed": {
      "title": "The sign-in form could not be loaded";
      "body": "Check your connection, then try again. Reloading the page also brings it back, but loses what you typed on this page.";
      "retry": "Try again";
      "reload": "Reload the page";
    };
  };
};
export default messages;
