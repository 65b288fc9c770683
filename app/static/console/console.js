// The partner console: a partner's staff sign in with their own API key and do, through the same
// GraphQL API as every other client (POST /graphql), what a dashboard does. No framework and no
// build step. The key lives in sessionStorage only (this tab); signing out forgets it.
(function () {
  "use strict";

  const MESSAGES = window.CONSOLE_MESSAGES || {};
  const GRAPHQL = new URL("../graphql", window.location.href).toString();
  const KEY_STORAGE = "partnerlink.console.key";
  const PAGE_SIZE = 25;
  const ERRORS = "errors { code message field }";
  const MONEY = "amount currency";

  const Q = {
    viewer: `query Viewer {
      viewer { __typename ... on Partner { id name cooperationModel } }
      apiKey { label role }
    }`,
    customers: `query Customers($first: Int!, $after: String, $filter: CustomerFilterInput, $orderBy: CustomerOrderInput) {
      customers(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges {
          node {
            id accountName email frozen
            freezes { reason type }
            budget { kind amount { ${MONEY} } usage { spent { ${MONEY} } percentUsed } }
            authorization { state }
          }
          association { state cooperationModel associatedAt }
        }
      }
    }`,
    customer: `query Customer($id: ID!, $first: Int!) {
      node(id: $id) {
        ... on Customer {
          id accountName email site country accountType registeredAt billingCountry enabled
          frozen resourcesStopped
          freezes { id reason type note frozenAt }
          association {
            state cooperationModel associatedAt dissolvedAt instructionsVersion
            invitation { kind createdAt maxUses useCount state inviteeAccountName }
          }
          budget {
            kind exhaustionAction updatedAt amount { ${MONEY} }
            usage { periodStart spent { ${MONEY} } remaining { ${MONEY} } percentUsed }
            history { kind amount { ${MONEY} } previousAmount { ${MONEY} } exhaustionAction actorKind changedAt }
          }
          authorization { state scopes source requestedAt decidedAt validUntil }
          orders(first: 20) { kind amount { ${MONEY} } description placedAt placedByPartner { name } }
          resources { name status subscribedAt }
        }
      }
      auditEvents(customerId: $id, first: $first) { id occurredAt actorKind action reason after }
    }`,
    overview: `query Overview {
      partnerOverview {
        active dissolved frozen withoutBudget past75 past90 past100
        associationsPerWeek { weekStart count }
      }
    }`,
    setBudget: `mutation SetBudget($input: SetBudgetInput!) { setBudget(input: $input) { budget { id } ${ERRORS} } }`,
    freeze: `mutation Freeze($input: FreezeInput!) { freeze(input: $input) { freeze { id } ${ERRORS} } }`,
    unfreeze: `mutation Unfreeze($input: UnfreezeInput!) { unfreeze(input: $input) { freeze { id } ${ERRORS} } }`,
    requestLetter: `mutation RequestLetter($input: RequestAuthorizationInput!) {
      requestAuthorization(input: $input) { authorization { state } ${ERRORS} }
    }`,
    createInvitation: `mutation CreateInvitation($input: CreateInvitationInput!) {
      createInvitation(input: $input) {
        url qrCodePngDataUrl invitation { id kind expiresAt maxUses } ${ERRORS}
      }
    }`,
  };

  // The input `field` of a payload error, by form: [the control, the element its error goes in].
  const FIELDS = {
    "sign-in": { apiKey: ["api-key", "api-key-error"] },
    "budget-form": {
      kind: ["b-kind", "b-kind-error"], amount: ["b-amount", "b-amount-error"],
      exhaustionAction: ["b-action", "b-action-error"],
    },
    "freeze-form": { type: ["fz-type", "fz-type-error"], note: ["fz-note", "fz-note-error"] },
    "letter-form": { scopes: ["l-orders", "l-scopes-error"], validDays: ["l-days", "l-days-error"] },
    "invite-form": {
      inviteeAccountName: ["i-invitee", "i-invitee-error"], validDays: ["i-days", "i-days-error"],
      maxUses: ["i-uses", "i-uses-error"],
    },
  };
  const WORDS = {
    ACTIVE: "Active", DISSOLVED: "Dissolved", RESELLER: "Reseller", REFERRAL: "Referral",
    MONTHLY: "Monthly", PACKAGE: "Package", MANUAL: "refuses new purchases when used up",
    AUTO_FREEZE: "freezes the account when used up",
    PENDING: "Pending", APPROVED: "Approved", REJECTED: "Rejected", REVOKED: "Revoked", EXPIRED: "Expired",
    USED_UP: "Used up", LINK: "Link", ONLINE: "Online",
    PLACE_ORDERS: "place orders", OPERATIONS_AND_MAINTENANCE: "operations and maintenance",
    PARTNER: "partner", CUSTOMER: "customer", OPERATOR: "operator", SYSTEM: "system",
    PURCHASE: "Purchase", RENEWAL: "Renewal", CHANGE: "Change", RUNNING: "running", STOPPED: "stopped",
    INDIVIDUAL: "Individual", ENTERPRISE_MASTER: "Enterprise master", ENTERPRISE_MEMBER: "Enterprise member",
    INTERNATIONAL: "International site", CHINA: "China site",
  };
  const FREEZE_REASONS = {
    PENDING_BUDGET: "Pending budget", PARTNER: "Frozen by you", BUDGET_EXHAUSTED: "Budget used up",
  };
  const FREEZE_TYPES = { ACCOUNT: "account", ACCOUNT_AND_RESOURCE: "account and resources" };
  const ACTIONS = {
    "association.created": "Associated", "association.dissolved": "Association dissolved",
    "account.frozen": "Frozen", "account.unfrozen": "Unfrozen", "budget.set": "Budget set",
    "budget.alert": "Budget alert", "authorization.granted": "Authorization letter",
    "authorization.requested": "Authorization letter requested",
    "authorization.approved": "Authorization letter approved",
    "authorization.rejected": "Authorization letter rejected",
    "authorization.revoked": "Authorization letter revoked", "order.placed": "Order placed",
    "customer.registered": "Registered", "customer.enabled": "Enabled (billing country and agreement)",
    "coupon.deducted": "Cash coupon used", "invitation.created": "Invitation created",
    "dissociation.requested": "Dissociation requested", "dissociation.answered": "Dissociation answered",
    "dissociation.cancelled": "Dissociation request cancelled",
  };
  const VIEWS = ["overview", "customers", "customer", "invitations"];

  const $ = (id) => document.getElementById(id);
  const state = { key: readKey(), partner: null, role: null, customers: null, customer: null };

  function readKey() {
    try {
      return window.sessionStorage.getItem(KEY_STORAGE);
    } catch (_) {
      return null;
    }
  }

  function keepKey(key) {
    state.key = key;
    try {
      if (key) window.sessionStorage.setItem(KEY_STORAGE, key);
      else window.sessionStorage.removeItem(KEY_STORAGE);
    } catch (_) {
      // Storage can be off: the key stays in memory for this page.
    }
  }

  class TopLevelError extends Error {
    constructor(errors) {
      super(errors.map((e) => e.message).join("; "));
      this.codes = errors.map((e) => (e.extensions && e.extensions.code) || "");
    }
  }

  async function api(query, variables) {
    const headers = { "Content-Type": "application/json", Accept: "application/json" };
    if (state.key) headers.Authorization = "Bearer " + state.key;
    let response;
    try {
      response = await fetch(GRAPHQL, {
        method: "POST", headers, body: JSON.stringify({ query, variables }),
        credentials: "omit", referrerPolicy: "no-referrer",
      });
    } catch (_) {
      throw new TopLevelError([{ message: "", extensions: { code: "NETWORK" } }]);
    }
    let body;
    try {
      body = await response.json();
    } catch (_) {
      throw new TopLevelError([{ message: "", extensions: { code: "INTERNAL_SERVER_ERROR" } }]);
    }
    if (body.errors && body.errors.length) throw new TopLevelError(body.errors);
    return body.data;
  }

  function sentence(problem) {
    return MESSAGES[problem.code] || problem.message || MESSAGES.INTERNAL_SERVER_ERROR;
  }

  function el(tag, attributes, ...children) {
    const node = document.createElement(tag);
    Object.entries(attributes || {}).forEach(([name, value]) => {
      if (value === null || value === undefined || value === false) return;
      if (name === "class") node.className = value;
      else if (name === "text") node.textContent = value;
      else node.setAttribute(name, value === true ? "" : value);
    });
    children.flat().forEach((child) => {
      if (child === null || child === undefined) return;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    });
    return node;
  }

  function setStatus(text) {
    $("status").textContent = text || "";
  }

  function when(iso) {
    if (!iso) return "";
    const date = new Date(iso);
    return date.toLocaleString("en-GB", {
      year: "numeric", month: "short", day: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "UTC",
    }) + " UTC";
  }

  function day(iso) {
    return new Date(iso).toLocaleDateString("en-GB", { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" });
  }

  // Amounts come with the deployment's currency; the first one seen names it in the forms.
  function money(value) {
    if (!value) return "";
    if (!state.currency) {
      state.currency = value.currency;
      document.querySelectorAll(".currency").forEach((node) => { node.textContent = ` (${value.currency})`; });
    }
    return `${value.amount} ${value.currency}`;
  }

  function canManage() {
    return state.role !== "READ";
  }

  // ---- errors beside their fields -------------------------------------------------------

  function clearErrors(form) {
    form.querySelectorAll(".field-error").forEach((slot) => { slot.hidden = true; slot.textContent = ""; });
    form.querySelectorAll("[aria-invalid]").forEach((control) => control.removeAttribute("aria-invalid"));
    const alert = form.querySelector(".form-alert");
    if (alert) alert.replaceChildren();
  }

  function showErrors(form, errors) {
    clearErrors(form);
    const fields = FIELDS[form.id] || {};
    const lines = [];
    let first = null;
    errors.forEach((error) => {
      const text = sentence(error);
      const place = error.field && fields[error.field];
      if (place) {
        const control = $(place[0]);
        const slot = $(place[1]);
        control.setAttribute("aria-invalid", "true");
        slot.textContent = text;
        slot.hidden = false;
        first = first || control;
      } else {
        lines.push(text);
      }
    });
    const alert = form.querySelector(".form-alert");
    alert.replaceChildren(...lines.map((line) => el("p", { text: line })));
    if (first) first.focus();
  }

  function failed(form, error) {
    if (error instanceof TopLevelError && error.codes.includes("UNAUTHENTICATED")) {
      return signOut("SESSION_ENDED");
    }
    const codes = error instanceof TopLevelError ? error.codes : [];
    const code = codes.find((c) => MESSAGES[c]) || "NETWORK";
    if (form) showErrors(form, [{ code }]);
    else setStatus(MESSAGES[code]);
  }

  async function busy(button, work) {
    button.disabled = true;
    button.setAttribute("aria-busy", "true");
    try {
      await work();
    } finally {
      button.disabled = false;
      button.removeAttribute("aria-busy");
    }
  }

  // ---- signing in and out ---------------------------------------------------------------

  async function onSignIn(event) {
    event.preventDefault();
    const form = $("sign-in");
    clearErrors(form);
    const key = $("api-key").value.trim();
    if (!key) return showErrors(form, [{ code: "REQUIRED", field: "apiKey" }]);
    await busy($("sign-in-button"), async () => {
      keepKey(key);
      const ok = await loadPartner(form);
      if (!ok) return;
      $("api-key").value = "";
      route();
    });
  }

  // Who the key belongs to; false (and the key forgotten) when it is not a partner's.
  async function loadPartner(form) {
    let viewer;
    let key;
    try {
      ({ viewer, apiKey: key } = await api(Q.viewer));
    } catch (error) {
      keepKey(null);
      if (error instanceof TopLevelError && error.codes.includes("UNAUTHENTICATED")) {
        showSignIn();
        showErrors(form || $("sign-in"), [{ code: "KEY_NOT_ACCEPTED", field: "apiKey" }]);
      } else {
        showSignIn();
        failed(form || $("sign-in"), error);
      }
      return false;
    }
    if (!viewer || viewer.__typename !== "Partner") {
      keepKey(null);
      showSignIn();
      showErrors(form || $("sign-in"), [{ code: "KEY_NOT_ACCEPTED", field: "apiKey" }]);
      return false;
    }
    state.partner = viewer;
    state.role = key ? key.role : null;
    $("who-name").textContent = key && key.label ? `${viewer.name} · ${key.label}` : viewer.name;
    $("who-role").textContent = state.role ? `${state.role} key` : "";
    $("who").hidden = false;
    $("nav").hidden = false;
    document.querySelectorAll(".qr-partner").forEach((node) => { node.textContent = viewer.name; });
    return true;
  }

  function showSignIn() {
    hideViews();
    $("nav").hidden = true;
    $("who").hidden = true;
    $("sign-in").hidden = false;
    document.title = "Sign in · Partner console";
    $("sign-in-title").focus();
  }

  function signOut(code) {
    keepKey(null);
    state.partner = null;
    state.role = null;
    state.customers = null;
    state.customer = null;
    $("invitation-made").hidden = true;
    $("made-url").value = "";
    $("made-qr").removeAttribute("src");
    document.body.classList.remove("printing-qr");
    showSignIn();
    setStatus(code ? MESSAGES[code] : MESSAGES.SIGNED_OUT);
  }

  // ---- routing: the address says the view and its filters, so a view can be bookmarked -----

  function parseRoute() {
    const hash = window.location.hash.replace(/^#\/?/, "");
    const [path, query] = hash.split("?");
    const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
    const params = new URLSearchParams(query || "");
    if (parts[0] === "customers" && parts[1]) return { view: "customer", id: parts[1], params };
    if (VIEWS.includes(parts[0])) return { view: parts[0], params };
    return { view: "overview", params };
  }

  function hideViews() {
    VIEWS.forEach((view) => { $(`view-${view}`).hidden = true; });
    $("sign-in").hidden = true;
  }

  async function route() {
    if (!state.key) return showSignIn();
    if (!state.partner && !(await loadPartner())) return;
    const where = parseRoute();
    hideViews();
    setStatus("");
    document.body.classList.toggle("printing-qr", where.view === "invitations" && !$("invitation-made").hidden);
    document.querySelectorAll("nav a").forEach((link) => {
      const current = link.dataset.view === where.view || (where.view === "customer" && link.dataset.view === "customers");
      if (current) link.setAttribute("aria-current", "page");
      else link.removeAttribute("aria-current");
    });
    const shown = $(`view-${where.view}`);
    shown.hidden = false;
    applyRole();
    try {
      if (where.view === "overview") await showOverview();
      else if (where.view === "customers") await showCustomers(where.params);
      else if (where.view === "customer") await showCustomer(where.id);
      else await showInvitations();
    } catch (error) {
      failed(null, error);
    }
    const heading = shown.querySelector("h1");
    if (heading && !shown.contains(document.activeElement)) heading.focus();
  }

  // A READ key sees no button it cannot use.
  function applyRole() {
    document.querySelectorAll(".mutation, [data-mutation]").forEach((node) => {
      node.hidden = !canManage() || node.dataset.off === "true";
    });
  }

  // ---- overview -------------------------------------------------------------------------

  async function showOverview() {
    document.title = "Overview · Partner console";
    const overview = (await api(Q.overview)).partnerOverview;
    const counts = [
      ["Active customers", overview.active, "#/customers?state=ACTIVE"],
      ["Dissolved", overview.dissolved, "#/customers?state=DISSOLVED"],
      ["Frozen", overview.frozen, "#/customers?state=ACTIVE&frozen=true"],
      ["Without a budget", overview.withoutBudget, "#/customers?state=ACTIVE&budget=false"],
      ["Budget past 75 % this month", overview.past75, null],
      ["Past 90 %", overview.past90, null],
      ["Used up (100 %)", overview.past100, null],
    ];
    $("counts").replaceChildren(...counts.map(([label, value, link]) =>
      el("div", {}, el("dt", {}, link ? el("a", { href: link, text: label }) : label), el("dd", { text: value }))));
    drawWeeks(overview.associationsPerWeek);
  }

  // The chart is drawn here as SVG: 12 bars, each labelled with its count and week.
  function drawWeeks(weeks) {
    const NS = "http://www.w3.org/2000/svg";
    const width = 360;
    const height = 180;
    const top = 18;
    const bottom = 30;
    const slot = width / weeks.length;
    const highest = Math.max(1, ...weeks.map((w) => w.count));
    const svg = document.createElementNS(NS, "svg");
    svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
    svg.setAttribute("role", "img");
    svg.setAttribute("aria-labelledby", "weeks-svg-title weeks-svg-desc");
    const title = document.createElementNS(NS, "title");
    title.id = "weeks-svg-title";
    title.textContent = "Associations per week over the last 12 weeks";
    const desc = document.createElementNS(NS, "desc");
    desc.id = "weeks-svg-desc";
    desc.textContent = weeks.map((w) => `week of ${day(w.weekStart)}: ${w.count}`).join("; ");
    svg.append(title, desc);
    const axis = document.createElementNS(NS, "line");
    Object.entries({ x1: 0, x2: width, y1: height - bottom, y2: height - bottom, class: "axis" })
      .forEach(([k, v]) => axis.setAttribute(k, v));
    svg.append(axis);
    weeks.forEach((week, index) => {
      const barHeight = ((height - top - bottom) * week.count) / highest;
      const x = index * slot + slot * 0.15;
      const rect = document.createElementNS(NS, "rect");
      Object.entries({
        x, y: height - bottom - barHeight, width: slot * 0.7, height: barHeight, class: "bar-rect",
        "data-count": week.count,
      }).forEach(([k, v]) => rect.setAttribute(k, v));
      const count = document.createElementNS(NS, "text");
      Object.entries({ x: x + slot * 0.35, y: height - bottom - barHeight - 4, "text-anchor": "middle" })
        .forEach(([k, v]) => count.setAttribute(k, v));
      count.textContent = String(week.count);
      svg.append(rect, count);
      if (index % 2 === 1 || index === weeks.length - 1) {
        const label = document.createElementNS(NS, "text");
        const date = new Date(week.weekStart);
        Object.entries({ x: x + slot * 0.35, y: height - bottom + 14, "text-anchor": "middle" })
          .forEach(([k, v]) => label.setAttribute(k, v));
        label.textContent = `${date.getUTCDate()}/${date.getUTCMonth() + 1}`;
        svg.append(label);
      }
    });
    $("weeks-chart").replaceChildren(svg);
    const total = weeks.reduce((sum, w) => sum + w.count, 0);
    $("weeks-caption").textContent = `${total} associations in 12 weeks; weeks start on Monday (UTC), the last is this week.`;
  }

  // ---- customers ------------------------------------------------------------------------

  const FILTER_CONTROLS = { search: "f-search", state: "f-state", frozen: "f-frozen", budget: "f-budget", letter: "f-letter", order: "f-order" };

  function filtersToForm(params) {
    Object.entries(FILTER_CONTROLS).forEach(([name, id]) => {
      const control = $(id);
      const wanted = params.get(name) || "";
      control.value = wanted;
      if (control.tagName === "SELECT" && control.value !== wanted) control.selectedIndex = 0;
    });
  }

  function formToParams() {
    const params = new URLSearchParams();
    Object.entries(FILTER_CONTROLS).forEach(([name, id]) => {
      const value = $(id).value.trim();
      if (value && !(name === "order" && value === "ASSOCIATED_AT")) params.set(name, value);
    });
    return params;
  }

  function variablesOf(params) {
    const bool = (value) => (value === "true" ? true : value === "false" ? false : null);
    const order = params.get("order") || "ASSOCIATED_AT";
    return {
      first: PAGE_SIZE,
      filter: {
        search: params.get("search") || null,
        associationState: params.get("state") || null,
        frozen: bool(params.get("frozen")),
        budgetSet: bool(params.get("budget")),
        authorizationState: params.get("letter") || null,
      },
      orderBy: { field: order.replace(/^-/, ""), descending: order.startsWith("-") },
    };
  }

  async function showCustomers(params) {
    document.title = "Customers · Partner console";
    filtersToForm(params);
    state.customers = { variables: variablesOf(params), after: null, shown: 0 };
    $("customers-table").tBodies[0].replaceChildren();
    $("customers-count").textContent = "Loading the customers…";
    $("more").hidden = true;
    await loadCustomers();
  }

  async function loadCustomers() {
    const list = state.customers;
    const data = (await api(Q.customers, { ...list.variables, after: list.after })).customers;
    const body = $("customers-table").tBodies[0];
    data.edges.forEach((edge) => body.append(customerRow(edge)));
    list.shown += data.edges.length;
    list.after = data.pageInfo.endCursor;
    $("more").hidden = !data.pageInfo.hasNextPage;
    $("customers-count").textContent = data.totalCount === 0
      ? "No customer matches these filters."
      : `Showing ${list.shown} of ${data.totalCount} customers.`;
  }

  function customerRow(edge) {
    const customer = edge.node;
    const association = edge.association;
    return el("tr", { "data-account": customer.accountName },
      el("td", {}, el("a", { href: `#/customers/${encodeURIComponent(customer.id)}`, text: customer.accountName }),
        el("span", { class: "sub", text: customer.email })),
      el("td", {}, `${WORDS[association.state]} · ${WORDS[association.cooperationModel]}`,
        el("span", { class: "sub", text: `since ${day(association.associatedAt)}` }),
        customer.authorization ? el("span", { class: "sub", text: `Letter: ${WORDS[customer.authorization.state]}` }) : null),
      el("td", {}, freezeBadges(customer.freezes)),
      el("td", { class: "usage" }, budgetUse(customer.budget)));
  }

  function freezeBadges(freezes) {
    if (!freezes.length) return el("span", { class: "badge ok", text: "Not frozen" });
    return freezes.map((f) => el("span", {
      class: "badge frozen", title: `Freezes the ${FREEZE_TYPES[f.type]}`,
      text: `${FREEZE_REASONS[f.reason]}${f.type === "ACCOUNT_AND_RESOURCE" ? " · resources" : ""}`,
    }));
  }

  // Spent against the amount, as words and as a bar coloured at 75, 90 and 100 %.
  function budgetUse(budget) {
    if (!budget) return el("span", { class: "badge muted", text: "No budget" });
    const percent = Number(budget.usage.percentUsed);
    const level = percent >= 100 ? "p100" : percent >= 90 ? "p90" : percent >= 75 ? "p75" : "";
    const fill = el("span");
    fill.style.width = `${Math.min(percent, 100)}%`;
    return [
      el("span", { text: `${money(budget.usage.spent)} of ${money(budget.amount)} (${budget.usage.percentUsed} %)` }),
      el("div", { class: `meter ${level}`, "aria-hidden": "true", "data-level": level || "ok" }, fill),
      el("span", { class: "sub", text: WORDS[budget.kind] }),
    ];
  }

  function onFilter(event) {
    event.preventDefault();
    const query = formToParams().toString();
    const target = `#/customers${query ? "?" + query : ""}`;
    if (window.location.hash === target) route();
    else window.location.hash = target;
  }

  function onClearFilters() {
    window.location.hash = "#/customers";
  }

  async function onMore() {
    await busy($("more"), async () => {
      try {
        const before = $("customers-table").tBodies[0].rows.length;
        await loadCustomers();
        const next = $("customers-table").tBodies[0].rows[before];
        if (next) next.querySelector("a").focus();
      } catch (error) {
        failed(null, error);
      }
    });
  }

  // ---- one customer ---------------------------------------------------------------------

  async function showCustomer(id) {
    if (!state.customer || state.customer.id !== id) $("customer-title").textContent = "Loading the customer…";
    const data = await api(Q.customer, { id, first: 50 });
    const customer = data.node;
    if (!customer) {
      $("customer-title").textContent = "Customer not found";
      document.title = "Customer not found · Partner console";
      setStatus(MESSAGES.CUSTOMER_NOT_FOUND);
      return;
    }
    state.customer = customer;
    document.title = `${customer.accountName} · Partner console`;
    $("customer-title").textContent = customer.accountName;
    facts($("customer-facts"), [
      ["Email", customer.email],
      ["Account", `${WORDS[customer.accountType]}, ${WORDS[customer.site]}`],
      ["Registered", when(customer.registeredAt)],
      ["Billing country", customer.billingCountry || "not given yet"],
    ]);
    const association = customer.association;
    facts($("association-facts"), association ? [
      ["State", WORDS[association.state]],
      ["Model", WORDS[association.cooperationModel]],
      ["Since", when(association.associatedAt)],
      ["Dissolved", association.dissolvedAt ? when(association.dissolvedAt) : null],
      ["Reseller instructions", association.instructionsVersion ? `version ${association.instructionsVersion}` : null],
      ["Invitation", invitationOf(association.invitation)],
    ] : [["State", "Not associated"]]);
    const active = association && association.state === "ACTIVE";
    const reseller = active && association.cooperationModel === "RESELLER";
    renderBudget(customer, reseller);
    renderFreezes(customer, reseller);
    renderLetter(customer, active);
    renderOrders(customer.orders);
    renderTimeline(data.auditEvents);
    applyRole();
  }

  // "Link of 3 Nov 2026 (used 12 of 50 times, active)": the invitation the customer came by.
  function invitationOf(invitation) {
    if (!invitation) return null;
    const uses = invitation.maxUses === null
      ? `used ${invitation.useCount} times`
      : `used ${invitation.useCount} of ${invitation.maxUses} times`;
    const kind = invitation.kind === "ONLINE" ? `Online invitation to ${invitation.inviteeAccountName}` : "Link";
    return `${kind} of ${day(invitation.createdAt)} (${uses}, ${WORDS[invitation.state].toLowerCase()})`;
  }

  function facts(list, rows) {
    list.replaceChildren(...rows.filter(([, value]) => value !== null && value !== undefined)
      .flatMap(([name, value]) => [el("dt", { text: name }), el("dd", { text: value })]));
  }

  function renderBudget(customer, reseller) {
    const budget = customer.budget;
    const now = $("budget-now");
    if (!budget) {
      now.replaceChildren(el("p", { text: reseller ? "No budget is set." : "Only reseller customers have a budget." }));
    } else {
      now.replaceChildren(
        el("p", { text: `${WORDS[budget.kind]} budget of ${money(budget.amount)}; ${WORDS[budget.exhaustionAction]}.` }),
        el("div", { class: "usage" }, budgetUse(budget)),
        el("p", { class: "hint", text: `Remaining ${money(budget.usage.remaining)}; counted since ${when(budget.usage.periodStart)}.` }));
    }
    $("budget-form").dataset.off = String(!reseller);
    if (budget) {
      $("b-kind").value = budget.kind;
      $("b-action").value = budget.exhaustionAction;
    }
    $("b-amount").value = "";
    clearErrors($("budget-form"));
    const rows = budget ? budget.history.slice().reverse() : [];
    $("budget-history").tBodies[0].replaceChildren(...(rows.length ? rows.map((change) => el("tr", {},
      el("td", { text: when(change.changedAt) }),
      el("td", { text: `${WORDS[change.kind]} ${money(change.amount)}` }),
      el("td", { text: change.previousAmount ? money(change.previousAmount) : "none" }),
      el("td", { text: WORDS[change.actorKind] }))) : [el("tr", {}, el("td", { colspan: "4", text: "No change yet." }))]));
  }

  function renderFreezes(customer, reseller) {
    const list = $("freeze-list");
    const items = customer.freezes.map((f) => {
      const item = el("li", { "data-reason": f.reason },
        el("span", { class: "badge frozen", text: FREEZE_REASONS[f.reason] }),
        el("span", { text: `The ${FREEZE_TYPES[f.type]}, since ${when(f.frozenAt)}${f.note ? ` (“${f.note}”)` : ""}` }));
      if (f.reason === "PARTNER") {
        const button = el("button", { type: "button", class: "secondary small", "data-mutation": "", text: "Unfreeze" });
        button.addEventListener("click", () => onUnfreeze(button, f.type));
        item.append(button);
      } else if (f.reason === "PENDING_BUDGET") {
        item.append(el("span", { class: "hint", text: "Setting a budget lifts it." }));
      } else {
        item.append(el("span", { class: "hint", text: "Raising the budget, or a new month, lifts it." }));
      }
      return item;
    });
    list.replaceChildren(...(items.length ? items : [el("li", { text: "Not frozen." })]));
    $("freeze-form").dataset.off = String(!reseller);
    clearErrors($("freeze-form"));
    $("fz-note").value = "";
    $("resource-list").replaceChildren(...(customer.resources.length
      ? customer.resources.map((r) => el("li", { "data-status": r.status }, `${r.name}: ${WORDS[r.status]}`))
      : [el("li", { text: "No resources." })]));
  }

  function renderLetter(customer, active) {
    const letter = customer.authorization;
    $("letter-state").textContent = letter
      ? `${WORDS[letter.state]}: ${letter.scopes.map((s) => WORDS[s]).join(" and ")}; requested ${when(letter.requestedAt)}` +
        (letter.validUntil ? `, valid until ${when(letter.validUntil)}` : "") + "."
      : "No letter is pending or approved.";
    $("letter-form").dataset.off = String(!active || Boolean(letter));
    clearErrors($("letter-form"));
  }

  function renderOrders(orders) {
    $("orders").tBodies[0].replaceChildren(...(orders.length ? orders.map((order) => el("tr", {},
      el("td", { text: when(order.placedAt) }),
      el("td", { text: WORDS[order.kind] }),
      el("td", { text: money(order.amount) }),
      el("td", { text: order.description + (order.placedByPartner ? ` (ordered by ${order.placedByPartner.name})` : "") }))) :
      [el("tr", {}, el("td", { colspan: "4", text: "No order yet." }))]));
  }

  function renderTimeline(events) {
    $("timeline").replaceChildren(...(events.length ? events.map((event) => el("li", { "data-action": event.action },
      el("time", { datetime: event.occurredAt, text: when(event.occurredAt) }),
      el("strong", { text: ACTIONS[event.action] || event.action }),
      ` by the ${WORDS[event.actorKind]}`,
      event.reason ? ` (${event.reason})` : "",
      detail(event))) : [el("li", { text: "Nothing recorded yet." })]));
  }

  function detail(event) {
    const after = event.after || {};
    const bits = [];
    if (after.amount) bits.push(`${after.kind ? WORDS[after.kind] + " " : ""}${after.amount}`);
    if (after.type) bits.push(FREEZE_TYPES[after.type] || after.type);
    if (after.threshold_percent) bits.push(`${after.threshold_percent} %`);
    if (after.note) bits.push(`“${after.note}”`);
    return bits.length ? el("span", { class: "sub", text: bits.join(" · ") }) : null;
  }

  function amountProblem(text) {
    if (!text) return "REQUIRED";
    if (!/^-?\d+(\.\d+)?$/.test(text)) return "NOT_AN_AMOUNT";
    return null;
  }

  function wholeNumber(text) {
    if (!text) return { value: null };
    if (!/^\d+$/.test(text)) return { problem: "NOT_A_WHOLE_NUMBER" };
    return { value: Number(text) };
  }

  async function mutate(form, button, query, input, name, done) {
    await busy(button, async () => {
      try {
        const payload = (await api(query, { input }))[name];
        if (payload.errors.length) return showErrors(form, payload.errors);
        await done(payload);
      } catch (error) {
        failed(form, error);
      }
    });
  }

  function onSetBudget(event) {
    event.preventDefault();
    const form = $("budget-form");
    clearErrors(form);
    const amount = $("b-amount").value.trim();
    const problem = amountProblem(amount);
    if (problem) return showErrors(form, [{ code: problem, field: "amount" }]);
    const input = {
      customerId: state.customer.id, kind: $("b-kind").value, amount,
      exhaustionAction: $("b-action").value,
    };
    return mutate(form, $("set-budget"), Q.setBudget, input, "setBudget", async () => {
      await showCustomer(state.customer.id);
      setStatus(MESSAGES.BUDGET_SET);
    });
  }

  function onFreeze(event) {
    event.preventDefault();
    const form = $("freeze-form");
    clearErrors(form);
    const input = { customerId: state.customer.id, type: $("fz-type").value, note: $("fz-note").value.trim() };
    return mutate(form, $("freeze"), Q.freeze, input, "freeze", async () => {
      await showCustomer(state.customer.id);
      setStatus(MESSAGES.FROZEN);
    });
  }

  async function onUnfreeze(button, type) {
    const form = $("freeze-form");
    await busy(button, async () => {
      try {
        const payload = (await api(Q.unfreeze, { input: { customerId: state.customer.id, type } })).unfreeze;
        if (payload.errors.length) return showErrors(form, payload.errors);
        await showCustomer(state.customer.id);
        setStatus(MESSAGES.UNFROZEN);
        $("freeze-title").focus();
      } catch (error) {
        failed(form, error);
      }
    });
  }

  function onRequestLetter(event) {
    event.preventDefault();
    const form = $("letter-form");
    clearErrors(form);
    const scopes = ["l-orders", "l-om"].filter((id) => $(id).checked).map((id) => $(id).value);
    const days = wholeNumber($("l-days").value.trim());
    const problems = [];
    if (!scopes.length) problems.push({ code: "REQUIRED", field: "scopes" });
    if (days.problem) problems.push({ code: days.problem, field: "validDays" });
    if (problems.length) return showErrors(form, problems);
    const input = { customerId: state.customer.id, scopes, validDays: days.value };
    return mutate(form, $("request-letter"), Q.requestLetter, input, "requestAuthorization", async () => {
      await showCustomer(state.customer.id);
      setStatus(MESSAGES.LETTER_REQUESTED);
    });
  }

  // ---- invitations ----------------------------------------------------------------------

  async function showInvitations() {
    document.title = "Invitations · Partner console";
    onKindChange();
  }

  function onKindChange() {
    const online = $("i-online").checked;
    $("i-invitee-field").hidden = !online;
    $("i-uses-field").hidden = online;
  }

  function onCreateInvitation(event) {
    event.preventDefault();
    const form = $("invite-form");
    clearErrors(form);
    const online = $("i-online").checked;
    const days = wholeNumber($("i-days").value.trim());
    const uses = online ? { value: null } : wholeNumber($("i-uses").value.trim());
    const problems = [];
    if (days.problem) problems.push({ code: days.problem, field: "validDays" });
    if (uses.problem) problems.push({ code: uses.problem, field: "maxUses" });
    if (online && !$("i-invitee").value.trim()) problems.push({ code: "REQUIRED", field: "inviteeAccountName" });
    if (problems.length) return showErrors(form, problems);
    const input = {
      kind: online ? "ONLINE" : "LINK",
      inviteeAccountName: online ? $("i-invitee").value.trim() : null,
      validDays: days.value,
      maxUses: uses.value,
    };
    return mutate(form, $("create-invitation"), Q.createInvitation, input, "createInvitation", async (payload) => {
      showInvitation(payload);
      form.reset();
      onKindChange();
    });
  }

  // The URL and QR code are shown once: only the token's digest is kept by the server.
  function showInvitation(payload) {
    $("made-url").value = payload.url;
    $("made-qr").src = payload.qrCodePngDataUrl;
    $("copy-done").textContent = "";
    $("invitation-made").hidden = false;
    document.body.classList.add("printing-qr");
    $("made-title").focus();
  }

  async function onCopy() {
    const url = $("made-url").value;
    try {
      await navigator.clipboard.writeText(url);
    } catch (_) {
      $("made-url").select();
      document.execCommand("copy");
    }
    $("copy-done").textContent = MESSAGES.LINK_COPIED;
  }

  function onPrint() {
    document.body.classList.add("printing-qr");
    window.print();
  }

  // ---- wiring ---------------------------------------------------------------------------

  $("sign-in").addEventListener("submit", onSignIn);
  $("sign-out").addEventListener("click", () => signOut());
  $("filters").addEventListener("submit", onFilter);
  $("clear-filters").addEventListener("click", onClearFilters);
  $("more").addEventListener("click", onMore);
  $("budget-form").addEventListener("submit", onSetBudget);
  $("freeze-form").addEventListener("submit", onFreeze);
  $("letter-form").addEventListener("submit", onRequestLetter);
  $("invite-form").addEventListener("submit", onCreateInvitation);
  $("i-link").addEventListener("change", onKindChange);
  $("i-online").addEventListener("change", onKindChange);
  $("copy-url").addEventListener("click", onCopy);
  $("print-qr").addEventListener("click", onPrint);
  window.addEventListener("hashchange", route);
  route();
})();
