/**
 * The Web Chat page served at `GET /`: Bot Framework Web Chat (served by the bot itself, no CDN),
 * styled as ICORN's assistant. In local mode it talks to the bot through the Direct Line bridge of
 * the same server; in production it gets a Direct Line token from the server (the secret never
 * reaches the browser). The page's own script is a file (`webChatPageScript`, at
 * `/webchat/page.js`), so the Content Security Policy allows no inline script; `nonce` is the
 * request's style nonce, for the page's style sheet and the ones Web Chat adds.
 */
export function webChatPage(nonce: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<link rel="icon" href="data:,">
<title>ICORN assistant</title>
<style nonce="${nonce}">
  html, body { height: 100%; margin: 0; font-family: 'Segoe UI', system-ui, -apple-system, sans-serif; background: #f3f1ee; }
  body { display: flex; flex-direction: column; align-items: center; }
  header { width: 100%; background: #7a1f1f; color: #fff; padding: 14px 20px; box-sizing: border-box; }
  header h1 { margin: 0; font-size: 1.15rem; font-weight: 600; }
  header p { margin: 2px 0 0; font-size: 0.85rem; opacity: 0.9; }
  main { flex: 1; width: 100%; max-width: 760px; display: flex; flex-direction: column; min-height: 0; background: #fff; box-shadow: 0 0 12px rgba(0,0,0,0.08); }
  #webchat { flex: 1; min-height: 0; }
  #status { padding: 8px 16px; color: #7a1f1f; font-size: 0.9rem; }
  .toolbar { display: flex; justify-content: flex-end; padding: 6px 12px 0; }
  .toolbar button { font: inherit; font-size: 0.85rem; color: #7a1f1f; background: #fff; border: 1px solid #7a1f1f; border-radius: 16px; padding: 4px 14px; cursor: pointer; }
  .toolbar button:hover, .toolbar button:focus-visible { background: #f3f1ee; }
  footer { width: 100%; max-width: 760px; font-size: 0.75rem; color: #555; padding: 8px 16px; box-sizing: border-box; }
</style>
</head>
<body>
<header>
  <h1>ICORN assistant</h1>
  <p>Questions about the International Cities of Refuge Network, answered from its public information.</p>
</header>
<main>
  <div class="toolbar"><button type="button" id="clear-chat" title="Forget this conversation on this page and start a new one">Clear chat</button></div>
  <div id="status" role="status" aria-live="polite"></div>
  <div id="webchat"></div>
</main>
<footer>This assistant is automated and may be wrong: for anything important, contact ICORN directly. Please do not share personal details here. This page saves nothing in your browser; say <strong>privacy</strong> to the assistant for what it keeps.</footer>
<script src="/webchat/webchat.js"></script>
<script src="/webchat/page.js" nonce="${nonce}"></script>
</body>
</html>
`;
}

/**
 * The page's script: starts Web Chat with a Direct Line (the local bridge, or a token from the
 * server) and wires "Clear chat". It keeps nothing in the browser's storage: the conversation lives
 * in the page only, so "Clear chat" (or leaving the page) forgets it.
 */
export function webChatPageScript(): string {
  return `(function () {
  'use strict';
  var statusBox = document.getElementById('status');

  function subject(initial, hasInitial) {
    var observers = [];
    var current = initial;
    return {
      next: function (value) {
        current = value;
        hasInitial = true;
        observers.slice().forEach(function (o) { if (o.next) o.next(value); });
      },
      subscribe: function (observerOrNext, error, complete) {
        var observer = typeof observerOrNext === 'function' ? { next: observerOrNext, error: error, complete: complete } : observerOrNext || {};
        observers.push(observer);
        if (hasInitial && observer.next) observer.next(current);
        var subscription = { closed: false, unsubscribe: function () { subscription.closed = true; observers = observers.filter(function (o) { return o !== observer; }); } };
        return subscription;
      }
    };
  }

  function fromPromise(promise) {
    return {
      subscribe: function (observerOrNext, error, complete) {
        var observer = typeof observerOrNext === 'function' ? { next: observerOrNext, error: error, complete: complete } : observerOrNext || {};
        var closed = false;
        promise.then(function (value) {
          if (closed) return;
          if (observer.next) observer.next(value);
          if (observer.complete) observer.complete();
        }, function (reason) { if (!closed && observer.error) observer.error(reason); });
        return { closed: false, unsubscribe: function () { closed = true; } };
      }
    };
  }

  function randomId() {
    return 'user-' + (window.crypto && crypto.randomUUID ? crypto.randomUUID() : String(Math.random()).slice(2));
  }

  /** A Direct Line object for the local bridge: activity$, connectionStatus$, postActivity, end. */
  function bridgeDirectLine(userId) {
    var status = subject(0, true);
    var activities = subject(undefined, false);
    var conversationId;
    var token;
    var source;
    var ready;

    function start() {
      status.next(1);
      ready = fetch('/directline/conversations', {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ user: { id: userId } })
      }).then(function (response) {
        if (!response.ok) throw new Error('bridge answered ' + response.status);
        return response.json();
      }).then(function (conversation) {
        conversationId = conversation.conversationId;
        token = conversation.token;
        // EventSource cannot send headers: the stream takes the conversation's token as a query parameter.
        source = new EventSource('/directline/conversations/' + encodeURIComponent(conversationId) + '/stream?t=' + encodeURIComponent(token));
        source.onopen = function () { status.next(2); };
        source.addEventListener('shutdown', function () {
          source.close();
          status.next(4);
          statusBox.textContent = 'The assistant is restarting: reload the page in a moment to start a new conversation.';
        });
        source.onmessage = function (event) { activities.next(JSON.parse(event.data)); };
        source.onerror = function () { if (source.readyState === 2) status.next(4); };
        return conversationId;
      });
      ready.catch(function () { status.next(4); });
      return ready;
    }

    return {
      activity$: {
        subscribe: function (observerOrNext, error, complete) {
          var subscription = activities.subscribe(observerOrNext, error, complete);
          if (!ready) start();
          return subscription;
        }
      },
      connectionStatus$: status,
      postActivity: function (activity) {
        return fromPromise((ready || start()).then(function (id) {
          return fetch('/directline/conversations/' + encodeURIComponent(id) + '/activities', {
            method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer ' + token }, body: JSON.stringify(activity)
          });
        }).then(function (response) {
          if (!response.ok) throw new Error('bridge answered ' + response.status);
          return response.json();
        }).then(function (body) { return body.id; }));
      },
      end: function () {
        if (source) source.close();
        status.next(5);
      }
    };
  }

  var styleOptions = {
    accent: '#7a1f1f',
    botAvatarInitials: 'IC',
    userAvatarInitials: 'You',
    bubbleBackground: '#f3f1ee',
    bubbleBorderRadius: 8,
    bubbleFromUserBackground: '#7a1f1f',
    bubbleFromUserTextColor: '#ffffff',
    bubbleFromUserBorderRadius: 8,
    hideUploadButton: true,
    suggestedActionLayout: 'flow',
    suggestedActionBorderColor: '#7a1f1f',
    suggestedActionTextColor: '#7a1f1f',
    suggestedActionBorderRadius: 16
  };

  /** The Direct Line of a new conversation, as the server says the page connects. */
  function connect() {
    return fetch('/webchat/config').then(function (response) { return response.json(); }).then(function (config) {
      var userId = randomId();
      if (config.mode === 'bridge') return bridgeDirectLine(userId);
      if (config.mode === 'directline') {
        return fetch('/directline/token', { method: 'POST' }).then(function (response) {
          if (!response.ok) throw new Error('token endpoint answered ' + response.status);
          return response.json();
        }).then(function (body) { return window.WebChat.createDirectLine({ token: body.token }); });
      }
      throw new Error('Web Chat is not configured on this server.');
    });
  }

  var root = document.getElementById('webchat');
  // Web Chat's style sheets carry the page's nonce, so the policy allows no other inline style.
  var nonce = (document.currentScript && document.currentScript.nonce) || undefined;
  // Each paragraph and list item of a message takes the direction of its own text: answers in
  // Arabic or Persian read right to left, English ones left to right, in the same conversation.
  new MutationObserver(function () {
    root.querySelectorAll('.webchat__bubble__content p:not([dir]), .webchat__bubble__content li:not([dir])').forEach(function (el) { el.setAttribute('dir', 'auto'); });
  }).observe(root, { childList: true, subtree: true });

  var directLine;
  connect().then(function (connected) {
    directLine = connected;
    window.WebChat.renderWebChat({ directLine: directLine, styleOptions: styleOptions, locale: navigator.language || 'en-GB', nonce: nonce }, root);
  }).catch(function (error) {
    statusBox.textContent = 'The chat could not start: ' + error.message;
  });

  /**
   * "Clear chat": ends this conversation and loads the page afresh in place of this one (no history
   * entry to go back to), so its messages are gone from the page and from memory, and a new
   * conversation starts. "?cleared" only tells the new page to say so.
   */
  document.getElementById('clear-chat').addEventListener('click', function () {
    if (directLine && directLine.end) directLine.end();
    location.replace(location.pathname + '?cleared');
  });
  if (new URLSearchParams(location.search).has('cleared')) {
    statusBox.textContent = 'Chat cleared. A new conversation has started.';
    history.replaceState(null, '', location.pathname);
  }
}());
`;
}
