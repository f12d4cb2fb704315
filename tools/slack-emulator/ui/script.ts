/** Styles and the few lines of browser JS for the demo page; no user data is ever interpolated here. */

export const STYLES = `
.mention { background: #e8f5fa; color: #1264a3; border-radius: 3px; padding: 0 2px; }
code, pre { font: 12px ui-monospace, monospace; background: #f6f6f6; border: 1px solid #ddd; border-radius: 3px; padding: 0 3px; }
pre { padding: 6px; white-space: pre-wrap; } blockquote { margin: 2px 0; padding-left: 8px; border-left: 4px solid #ddd; }
body { font: 14px system-ui, sans-serif; margin: 0; color: #1d1c1d; }
header { display: flex; gap: 1rem; align-items: baseline; padding: .5rem 1rem; background: #3f0e40; color: #fff; }
header h1 { font-size: 1rem; margin: 0; } header .muted { color: #cfc3cf; } header label { margin-left: auto; }
.layout { display: grid; grid-template-columns: 14rem 1fr; min-height: 70vh; }
nav { background: #f4ede4; padding: .5rem 1rem; } nav ul { list-style: none; padding: 0; } nav a[aria-current] { font-weight: bold; }
nav h2, .panel h2 { font-size: .9rem; }
.panel { padding: .5rem 1rem; overflow-y: auto; }
.message { padding: .4rem .5rem; border-bottom: 1px solid #eee; } .message.reply { margin-left: 2rem; border-left: 3px solid #ddd; }
.message.ephemeral { background: #fff8e1; } .message.deleted { opacity: .6; }
.muted { color: #777; font-size: .85em; }
.block { margin: .25rem 0; } .block.header { font-weight: bold; font-size: 1.05rem; } .block.context { color: #555; font-size: .85em; }
.fields { display: grid; grid-template-columns: 1fr 1fr; gap: .25rem; }
.block-button { margin-right: .4rem; } .block-button.primary { background: #007a5a; color: #fff; } .block-button.danger { background: #e01e5a; color: #fff; }
.tools button, .reaction { font-size: .75rem; margin-right: .25rem; } .reaction.mine { background: #e8f5fa; border-color: #1d9bd1; }
button:focus-visible, input:focus-visible, select:focus-visible, a:focus-visible { outline: 2px solid #1d9bd1; }
#composer { display: flex; gap: .5rem; padding: .5rem 1rem; border-top: 1px solid #ddd; } #composer input { flex: 1; }
#status { padding: 0 1rem; color: #b00; min-height: 1.2em; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
`;

export const CLIENT_SCRIPT = `
(function () {
  var params = new URLSearchParams(location.search);
  var asSelect = document.getElementById("as");
  var live = document.getElementById("live");
  var statusLine = document.getElementById("status");
  var threadLabel = document.getElementById("thread-target");
  var threadTs = null;

  function channelId() { var panel = live.querySelector(".panel[data-channel]"); return panel ? panel.getAttribute("data-channel") : null; }
  function asUser() { return asSelect.value; }

  if (!params.get("as") && asSelect.value) { params.set("as", asSelect.value); history.replaceState(null, "", "?" + params.toString()); }
  asSelect.addEventListener("change", function () { params.set("as", asSelect.value); location.search = params.toString(); });

  async function act(name, body) {
    statusLine.textContent = "";
    var response = await fetch("/_emulator/act/" + name + "?async=1", {
      method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body)
    });
    var answer = await response.json().catch(function () { return {}; });
    if (!response.ok) statusLine.textContent = (answer.message || answer.error || ("HTTP " + response.status));
    await refresh();
  }

  async function refresh() {
    var query = new URLSearchParams(params); query.set("partial", "1");
    var response = await fetch("/?" + query.toString());
    if (response.ok) live.innerHTML = await response.text();
  }
  setInterval(refresh, 2000);

  document.addEventListener("click", function (event) {
    var target = event.target.closest("[data-act]");
    if (!target) return;
    var kind = target.getAttribute("data-act");
    var base = { userId: asUser(), channelId: channelId() };
    var ts = target.getAttribute("data-ts");
    if (kind === "click") act("click", Object.assign(base, { messageTs: ts, actionId: target.getAttribute("data-action-id") }));
    else if (kind === "react" || kind === "unreact") act(kind, Object.assign(base, { ts: ts, name: target.getAttribute("data-name") }));
    else if (kind === "react-prompt") { var name = prompt("Reaction name (e.g. eyes, +1)", "eyes"); if (name) act("react", Object.assign(base, { ts: ts, name: name })); }
    else if (kind === "edit") { var text = prompt("Edit message", target.getAttribute("data-text") || ""); if (text) act("edit", Object.assign(base, { ts: ts, text: text })); }
    else if (kind === "remove") { if (confirm("Delete this message?")) act("remove", Object.assign(base, { ts: ts })); }
    else if (kind === "join") act("join", base);
    else if (kind === "reply") { threadTs = ts; threadLabel.textContent = "Replying in thread " + ts + " (Esc to cancel)"; document.getElementById("text").focus(); }
  });

  document.getElementById("text").addEventListener("keydown", function (event) {
    if (event.key === "Escape") { threadTs = null; threadLabel.textContent = ""; }
  });

  document.getElementById("composer").addEventListener("submit", function (event) {
    event.preventDefault();
    var input = document.getElementById("text");
    var text = input.value.trim();
    if (!text || !channelId()) return;
    var base = { userId: asUser(), channelId: channelId() };
    var command = /^(\\/\\S+)\\s*([\\s\\S]*)$/.exec(text);
    if (command) act("command", Object.assign(base, { command: command[1], text: command[2] }));
    else act("post", Object.assign(base, threadTs ? { text: text, threadTs: threadTs } : { text: text }));
    input.value = "";
  });
})();
`;
