// The console's Webhooks page: a partner's endpoints, their recent deliveries with each attempt,
// and what an ADMIN key does to them (create, edit, enable or disable, rotate the secret, delete)
// or a MANAGE key (send a test message, send an event again). It registers with console.js, which
// routes #/webhooks here and lends it its helpers; it talks only to POST /graphql like the rest.
(function () {
  "use strict";

  const DELIVERIES = 10; // the newest of each endpoint
  const WATCH_SECONDS = 20; // how long a sent message is watched for its first attempt
  // The event catalogue (EventType in models/enums.py; a test checks the two agree), in words.
  const EVENT_TYPES = {
    "association.created": "A customer associated with you",
    "association.dissolved": "An association dissolved",
    "dissociation.requested": "Dissociation requested",
    "dissociation.answered": "Dissociation request answered",
    "dissociation.cancelled": "Dissociation request cancelled",
    "dissociation.expired": "Dissociation request expired",
    "invitation.used": "Invitation used",
    "invitation.revoked": "Invitation revoked",
    "freeze.added": "Account frozen",
    "freeze.lifted": "Freeze lifted",
    "budget.set": "Budget set",
    "budget.alert": "Budget alert (75, 90 or 100 % used)",
    "budget.exhausted": "Budget used up",
    "authorization.requested": "Authorization letter requested",
    "authorization.answered": "Authorization letter answered",
    "authorization.revoked": "Authorization letter revoked",
    "authorization.expired": "Authorization letter expired",
    "order.placed": "Order placed",
    "webhook_endpoint.disabled": "One of your endpoints was disabled",
  };
  const TEST_TYPE = "webhook.test";
  const DELIVERY_STATES = { PENDING: "Waiting", SUCCEEDED: "Delivered", FAILED: "Given up" };

  function make(kit) {
    const { $, el, api, MESSAGES, ERRORS } = kit;
    const ATTEMPT = "number startedAt durationMs statusCode error responseExcerpt";
    const DELIVERY = `id webhookId eventType eventId state attemptCount nextAttemptAt createdAt finishedAt attempts { ${ATTEMPT} }`;
    const Q = {
      endpoints: `query WebhookEndpoints {
        webhookEndpoints {
          id url eventTypes description enabled disabledReason disabledAt previousSecretExpiresAt createdAt
          deliveries(first: ${DELIVERIES}) { ${DELIVERY} }
        }
      }`,
      create: `mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {
        createWebhookEndpoint(input: $input) { secret webhookEndpoint { id url } ${ERRORS} }
      }`,
      update: `mutation UpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {
        updateWebhookEndpoint(input: $input) { webhookEndpoint { id enabled } ${ERRORS} }
      }`,
      remove: `mutation DeleteWebhookEndpoint($input: DeleteWebhookEndpointInput!) {
        deleteWebhookEndpoint(input: $input) { deletedId ${ERRORS} }
      }`,
      rotate: `mutation RotateWebhookSecret($input: RotateWebhookSecretInput!) {
        rotateWebhookSecret(input: $input) { secret webhookEndpoint { id url previousSecretExpiresAt } ${ERRORS} }
      }`,
      sendTest: `mutation SendTestEvent($input: SendTestEventInput!) {
        sendTestEvent(input: $input) { delivery { id } ${ERRORS} }
      }`,
      redeliver: `mutation RedeliverEvent($input: RedeliverEventInput!) {
        redeliverEvent(input: $input) { delivery { id } ${ERRORS} }
      }`,
    };
    const page = { endpoints: [], watching: null, editing: null };

    kit.FIELDS["webhook-form"] = {
      url: ["w-url", "w-url-error"], description: ["w-description", "w-description-error"],
      eventTypes: ["w-type-0", "w-types-error"],
    };
    kit.FIELDS["webhook-edit"] = {
      url: ["we-url", "we-url-error"], description: ["we-description", "we-description-error"],
      eventTypes: ["we-type-0", "we-types-error"],
    };

    // Seconds matter for attempts: "2 Dec 2026, 00:41:07 UTC".
    function moment(iso) {
      return new Date(iso).toLocaleString("en-GB", {
        year: "numeric", month: "short", day: "numeric", hour: "2-digit", minute: "2-digit",
        second: "2-digit", timeZone: "UTC",
      }) + " UTC";
    }

    function typeName(type) {
      if (type === TEST_TYPE) return "Test message";
      return EVENT_TYPES[type] || type;
    }

    // One checkbox per type of the catalogue, labelled in words with the type as sent.
    function typeBoxes(prefix) {
      return Object.entries(EVENT_TYPES).map(([type, words], index) => el("div", { class: "check" },
        el("input", { type: "checkbox", id: `${prefix}-type-${index}`, value: type }),
        el("label", { for: `${prefix}-type-${index}` }, `${words} `, el("code", { text: type }))));
    }

    function chosenTypes(form) {
      return [...form.querySelectorAll(".types input:checked")].map((box) => box.value);
    }

    // ---- the list ---------------------------------------------------------------------------

    // Coming back to the page, a secret shown before is gone: it was for that visit only.
    async function show() {
      document.title = "Webhooks · Partner console";
      $("secret-value").value = "";
      $("webhook-secret").hidden = true;
      $("endpoints-count").textContent = "Loading the endpoints…";
      await load();
    }

    async function load() {
      page.endpoints = (await api(Q.endpoints)).webhookEndpoints;
      park();
      $("endpoints").replaceChildren(...page.endpoints.map(endpointCard));
      $("endpoints-count").textContent = page.endpoints.length === 0
        ? "No endpoint yet: events are not sent anywhere."
        : `${page.endpoints.length} ${page.endpoints.length === 1 ? "endpoint" : "endpoints"}, oldest first.`;
      kit.applyRole();
    }

    function endpointCard(endpoint, index) {
      const card = el("article", {
        class: "card endpoint", id: `endpoint-${index}`, "data-url": endpoint.url,
        "data-enabled": String(endpoint.enabled), "aria-labelledby": `endpoint-${index}-url`,
      });
      const types = endpoint.eventTypes.length
        ? endpoint.eventTypes.map(typeName).join("; ")
        : "Every type, also those added later";
      const facts = el("dl", { class: "facts" },
        el("dt", { text: "Description" }), el("dd", { text: endpoint.description || "none" }),
        el("dt", { text: "Event types" }), el("dd", { class: "event-types", text: types }),
        el("dt", { text: "Created" }), el("dd", { text: kit.when(endpoint.createdAt) }));
      if (endpoint.previousSecretExpiresAt && new Date(endpoint.previousSecretExpiresAt) > new Date()) {
        facts.append(el("dt", { text: "Previous secret" }),
          el("dd", { text: `signs too until ${kit.when(endpoint.previousSecretExpiresAt)}` }));
      }
      card.append(
        el("h3", { id: `endpoint-${index}-url`, class: "url", text: endpoint.url }),
        stateLine(endpoint),
        facts,
        actions(endpoint, card),
        el("div", { class: "form-alert", role: "alert" }),
        el("h4", { text: "Recent deliveries" }),
        deliveryList(endpoint));
      return card;
    }

    function stateLine(endpoint) {
      if (endpoint.enabled) {
        return el("p", { class: "endpoint-state" }, el("span", { class: "badge ok", text: "Enabled" }));
      }
      return el("p", { class: "endpoint-state" },
        el("span", { class: "badge frozen", text: "Disabled" }),
        ` since ${kit.when(endpoint.disabledAt)}: `,
        el("span", { class: "reason", text: endpoint.disabledReason || "no reason given" }),
        el("span", { class: "sub", text: "Events that happen while it is disabled are not sent to it; enable it to resume." }));
    }

    function button(text, role, onClick, extra) {
      const made = el("button", { type: "button", class: `small ${extra || "secondary"}`, "data-mutation": role, text });
      made.addEventListener("click", () => onClick(made));
      return made;
    }

    function actions(endpoint, card) {
      const row = el("div", { class: "actions" });
      if (endpoint.enabled) {
        row.append(button("Send a test event", "", (b) => onSendTest(b, endpoint, card)));
      }
      row.append(
        button("Edit", "ADMIN", () => onEdit(endpoint, card)),
        endpoint.enabled
          ? button("Disable", "ADMIN", (b) => onEnable(b, endpoint, card, false))
          : button("Enable", "ADMIN", (b) => onEnable(b, endpoint, card, true)),
        button("Rotate secret", "ADMIN", (b) => onRotate(b, endpoint, card)),
        button("Delete", "ADMIN", (b) => onDelete(b, endpoint, card), "danger"));
      return row;
    }

    function deliveryList(endpoint) {
      const list = el("ol", { class: "deliveries" });
      if (!endpoint.deliveries.length) {
        list.append(el("li", { text: "Nothing sent yet." }));
        return list;
      }
      endpoint.deliveries.forEach((delivery) => list.append(deliveryItem(endpoint, delivery)));
      return list;
    }

    function deliveryItem(endpoint, delivery) {
      const item = el("li", {
        class: "delivery", "data-id": delivery.id, "data-state": delivery.state,
        "data-type": delivery.eventType, "data-webhook-id": delivery.webhookId,
      });
      const next = delivery.state === "PENDING" && delivery.nextAttemptAt
        ? `; next attempt ${kit.when(delivery.nextAttemptAt)}` : "";
      item.append(
        el("strong", { text: typeName(delivery.eventType) }),
        ` · ${DELIVERY_STATES[delivery.state]}${next}`,
        el("span", { class: "sub" }, `${moment(delivery.createdAt)} · `, el("code", { text: delivery.webhookId })));
      const attempts = el("ol", { class: "attempts" });
      delivery.attempts.forEach((attempt) => attempts.append(attemptItem(attempt)));
      if (!delivery.attempts.length) attempts.append(el("li", { text: "No attempt yet." }));
      item.append(attempts);
      if (delivery.eventId && endpoint.enabled) {
        item.append(button("Redeliver", "", (b) => onRedeliver(b, endpoint, delivery)));
      }
      return item;
    }

    // "Attempt 1, 2 Dec 2026, 00:41:07 UTC: 204 in 35 ms", then why it failed and what came back.
    function attemptItem(attempt) {
      const answer = attempt.statusCode === null ? "no answer" : `HTTP ${attempt.statusCode}`;
      const item = el("li", { class: "attempt", "data-status": attempt.statusCode === null ? "" : String(attempt.statusCode) },
        `Attempt ${attempt.number}, ${moment(attempt.startedAt)}: ${answer} in ${attempt.durationMs} ms`);
      if (attempt.error) item.append(el("span", { class: "sub error", text: excerpt(attempt.error) }));
      if (attempt.responseExcerpt) {
        item.append(el("span", { class: "sub" }, "Answer: ", el("code", { text: excerpt(attempt.responseExcerpt) })));
      }
      return item;
    }

    function excerpt(text) {
      const line = text.replace(/\s+/g, " ").trim();
      return line.length > 200 ? `${line.slice(0, 199)}…` : line;
    }

    // After a message is sent, its delivery is read again every second until it has an attempt.
    function watch(deliveryId) {
      const mine = {};
      page.watching = mine;
      const until = Date.now() + WATCH_SECONDS * 1000;
      const tick = async () => {
        if (page.watching !== mine || $("view-webhooks").hidden || !kit.state.key) return;
        try {
          await refreshDeliveries();
        } catch (_) {
          return;
        }
        const node = document.querySelector(`.delivery[data-id="${CSS.escape(deliveryId)}"]`);
        const done = node && node.dataset.state !== "PENDING";
        if (!done && Date.now() < until) window.setTimeout(tick, 1000);
      };
      window.setTimeout(tick, 500);
    }

    // The deliveries only, so that a form being filled in or the focus stays where it is.
    async function refreshDeliveries() {
      const endpoints = (await api(Q.endpoints)).webhookEndpoints;
      endpoints.forEach((endpoint) => {
        const index = page.endpoints.findIndex((known) => known.id === endpoint.id);
        const card = index >= 0 && $(`endpoint-${index}`);
        if (!card) return;
        const list = card.querySelector(".deliveries");
        const focused = list.contains(document.activeElement);
        list.replaceWith(deliveryList(endpoint));
        if (focused) card.querySelector("h4").setAttribute("tabindex", "-1");
        if (focused) card.querySelector("h4").focus();
      });
      kit.applyRole();
    }

    async function onRefresh() {
      await kit.busy($("refresh-webhooks"), async () => {
        try {
          await refreshDeliveries();
          kit.setStatus(MESSAGES.DELIVERIES_REFRESHED);
        } catch (error) {
          kit.failed(null, error);
        }
      });
    }

    // ---- a MANAGE key: send again -------------------------------------------------------------

    async function send(button, card, query, input, name, notice) {
      await kit.busy(button, async () => {
        kit.clearErrors(card);
        try {
          const payload = (await api(query, { input }))[name];
          if (payload.errors.length) return kit.showErrors(card, payload.errors);
          await refreshDeliveries();
          kit.setStatus(notice);
          watch(payload.delivery.id);
        } catch (error) {
          kit.failed(card, error);
        }
      });
    }

    function onSendTest(button, endpoint, card) {
      return send(button, card, Q.sendTest, { endpointId: endpoint.id }, "sendTestEvent", MESSAGES.TEST_EVENT_SENT);
    }

    function onRedeliver(button, endpoint, delivery) {
      const card = button.closest("article");
      const input = { endpointId: endpoint.id, eventId: delivery.eventId };
      return send(button, card, Q.redeliver, input, "redeliverEvent", MESSAGES.EVENT_REDELIVERED);
    }

    // ---- an ADMIN key: endpoints and secrets -------------------------------------------------

    function onCreate(event) {
      event.preventDefault();
      const form = $("webhook-form");
      kit.clearErrors(form);
      const url = $("w-url").value.trim();
      if (!url) return kit.showErrors(form, [{ code: "REQUIRED", field: "url" }]);
      const input = { url, description: $("w-description").value.trim(), eventTypes: chosenTypes(form) };
      return kit.mutate(form, $("create-webhook"), Q.create, input, "createWebhookEndpoint", async (payload) => {
        form.reset();
        await load();
        showSecret(payload.secret, payload.webhookEndpoint.url, null);
        kit.setStatus(MESSAGES.WEBHOOK_CREATED);
      });
    }

    // A secret is shown once: the server keeps it to sign, and never gives it out again.
    function showSecret(secret, url, previousUntil) {
      $("secret-value").value = secret;
      $("secret-for").textContent = `For ${url}.`;
      $("secret-copied").textContent = "";
      $("secret-overlap").hidden = !previousUntil;
      $("secret-overlap").textContent = previousUntil
        ? `The previous secret keeps signing beside the new one until ${kit.when(previousUntil)}: your receiver verifies with either until then, so you can switch it in the meantime.`
        : "";
      $("webhook-secret").hidden = false;
      $("secret-title").focus();
    }

    function hideSecret() {
      $("secret-value").value = "";
      $("webhook-secret").hidden = true;
      $("webhooks-title").focus();
    }

    async function onCopySecret() {
      const secret = $("secret-value").value;
      try {
        await navigator.clipboard.writeText(secret);
      } catch (_) {
        $("secret-value").select();
        document.execCommand("copy");
      }
      $("secret-copied").textContent = MESSAGES.SECRET_COPIED;
    }

    // The edit form moves under the endpoint it edits, so that it is read and reached there.
    function onEdit(endpoint, card) {
      const form = $("webhook-edit");
      kit.clearErrors(form);
      page.editing = { endpoint, opener: document.activeElement };
      $("we-url").value = endpoint.url;
      $("we-description").value = endpoint.description;
      form.querySelectorAll(".types input").forEach((box) => { box.checked = endpoint.eventTypes.includes(box.value); });
      card.querySelector(":scope > .form-alert").after(form);
      form.dataset.off = "false";
      kit.applyRole();
      $("edit-title").focus();
    }

    // The edit form goes back to its place in the view, hidden.
    function park() {
      const form = $("webhook-edit");
      form.dataset.off = "true";
      form.hidden = true;
      $("view-webhooks").append(form);
      page.editing = null;
    }

    function onCancelEdit() {
      const opener = page.editing && page.editing.opener;
      park();
      if (opener && opener.isConnected) opener.focus();
    }

    function onSave(event) {
      event.preventDefault();
      const form = $("webhook-edit");
      kit.clearErrors(form);
      const url = $("we-url").value.trim();
      if (!url) return kit.showErrors(form, [{ code: "REQUIRED", field: "url" }]);
      const input = {
        id: page.editing.endpoint.id, url, description: $("we-description").value.trim(),
        eventTypes: chosenTypes(form),
      };
      return kit.mutate(form, $("save-webhook"), Q.update, input, "updateWebhookEndpoint", async () => {
        await load();
        kit.setStatus(MESSAGES.WEBHOOK_SAVED);
        $("endpoints-title").focus();
      });
    }

    async function change(button, card, query, input, name, done) {
      await kit.busy(button, async () => {
        kit.clearErrors(card);
        try {
          const payload = (await api(query, { input }))[name];
          if (payload.errors.length) return kit.showErrors(card, payload.errors);
          await load();
          await done(payload);
        } catch (error) {
          kit.failed(card, error);
        }
      });
    }

    async function onEnable(button, endpoint, card, enabled) {
      if (!enabled) {
        const sure = await kit.confirmFirst("Disable this endpoint?",
          `${endpoint.url} receives nothing until it is enabled again; events that happen meanwhile are not sent to it later (you can redeliver them one by one).`,
          "Disable");
        if (!sure) return;
      }
      await change(button, card, Q.update, { id: endpoint.id, enabled }, "updateWebhookEndpoint", async () => {
        kit.setStatus(enabled ? MESSAGES.WEBHOOK_ENABLED : MESSAGES.WEBHOOK_DISABLED_BY_YOU);
        $("endpoints-title").focus();
      });
    }

    async function onRotate(button, endpoint, card) {
      const sure = await kit.confirmFirst("Make a new signing secret?",
        `The new secret is shown once. The current one keeps signing beside it for 24 hours, so that ${endpoint.url} can switch to the new one in that time.`,
        "Rotate");
      if (!sure) return;
      await change(button, card, Q.rotate, { id: endpoint.id, overlapHours: 24 }, "rotateWebhookSecret", async (payload) => {
        showSecret(payload.secret, payload.webhookEndpoint.url, payload.webhookEndpoint.previousSecretExpiresAt);
        kit.setStatus(MESSAGES.SECRET_ROTATED);
      });
    }

    async function onDelete(button, endpoint, card) {
      const sure = await kit.confirmFirst("Delete this endpoint?",
        `${endpoint.url} stops receiving events now, and its deliveries are deleted with it. This cannot be undone.`,
        "Delete");
      if (!sure) return;
      await change(button, card, Q.remove, { id: endpoint.id }, "deleteWebhookEndpoint", async () => {
        kit.setStatus(MESSAGES.WEBHOOK_DELETED);
        $("endpoints-title").focus();
      });
    }

    // Signing out forgets what was shown: a secret above all.
    function forget() {
      page.watching = null;
      page.endpoints = [];
      $("secret-value").value = "";
      $("webhook-secret").hidden = true;
      park();
      $("endpoints").replaceChildren();
    }

    $("w-types").querySelector(".types").replaceChildren(...typeBoxes("w"));
    $("we-types").querySelector(".types").replaceChildren(...typeBoxes("we"));
    $("webhook-form").addEventListener("submit", onCreate);
    $("webhook-edit").addEventListener("submit", onSave);
    $("cancel-edit").addEventListener("click", onCancelEdit);
    $("copy-secret").addEventListener("click", onCopySecret);
    $("secret-done").addEventListener("click", hideSecret);
    $("refresh-webhooks").addEventListener("click", onRefresh);
    return { show, forget };
  }

  window.CONSOLE_PAGES = window.CONSOLE_PAGES || {};
  window.CONSOLE_PAGES.webhooks = make;
})();
