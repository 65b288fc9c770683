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
  const INVITATION = `id kind createdAt expiresAt revokedAt maxUses useCount state inviteeAccountName
    budgetPreset { kind amount { ${MONEY} } }
    associations { state customer { id accountName } }`;
  const EVENT = "id occurredAt actorKind actorKey { label } action reason after";
  const AUDIT_PAGE = 50;
  const REQUEST = "id askedBy reason requestedAt expiresAt answeredAt answeredBy answerReason state";

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
            budget { kind endedAt amount { ${MONEY} } usage { spent { ${MONEY} } percentUsed } }
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
            state cooperationModel associatedAt dissolvedAt dissolvedBy dissolutionReason instructionsVersion
            invitation { kind createdAt maxUses useCount state inviteeAccountName }
          }
          budget {
            kind exhaustionAction updatedAt endedAt amount { ${MONEY} }
            usage { periodStart spent { ${MONEY} } remaining { ${MONEY} } percentUsed }
            history { kind amount { ${MONEY} } previousAmount { ${MONEY} } exhaustionAction actorKind changedAt }
          }
          authorization { state scopes source requestedAt decidedAt validUntil }
          authorizations { state scopes requestedAt decidedAt validUntil revokedAt reason }
          orders(first: 20) { kind amount { ${MONEY} } description placedAt placedByPartner { name } }
          resources { name status subscribedAt }
          dissociationRequests { ${REQUEST} }
        }
      }
      dissociationPreflight(customerId: $id) { allowed blockers { code message } }
      auditEvents(customerId: $id, first: $first) { ${EVENT} }
    }`,
    audit: `query Audit($id: ID!, $first: Int!, $after: ID) { auditEvents(customerId: $id, first: $first, after: $after) { ${EVENT} } }`,
    invitations: `query Invitations($first: Int!, $after: String, $filter: InvitationFilterInput) {
      invitations(first: $first, after: $after, filter: $filter) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { node { ${INVITATION} } }
      }
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
        url qrCodePngDataUrl invitation { id } ${ERRORS}
      }
    }`,
    revokeInvitation: `mutation RevokeInvitation($input: RevokeInvitationInput!) {
      revokeInvitation(input: $input) { invitation { ${INVITATION} } ${ERRORS} }
    }`,
    requestDissociation: `mutation RequestDissociation($input: RequestDissociationInput!) {
      requestDissociation(input: $input) { request { id state } ${ERRORS} }
    }`,
    answerDissociation: `mutation AnswerDissociation($input: AnswerDissociationInput!) {
      answerDissociation(input: $input) { request { id state } ${ERRORS} }
    }`,
    cancelDissociation: `mutation CancelDissociation($input: CancelDissociationInput!) {
      cancelDissociation(input: $input) { request { id state } ${ERRORS} }
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
      maxUses: ["i-uses", "i-uses-error"], "budget.amount": ["i-amount", "i-amount-error"],
    },
    "dissociate-form": { reason: ["d-reason", "d-reason-error"] },
    "answer-form": { reason: ["a-reason", "a-reason-error"] },
  };
  const WORDS = {
    ACTIVE: "Active", DISSOLVED: "Dissolved", RESELLER: "Reseller", REFERRAL: "Referral",
    MONTHLY: "Monthly", PACKAGE: "Package", MANUAL: "refuses new purchases when used up",
    AUTO_FREEZE: "freezes the account when used up",
    PENDING: "Pending", APPROVED: "Approved", REJECTED: "Rejected", REVOKED: "Revoked", EXPIRED: "Expired",
    CANCELLED: "Cancelled",
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
  // Reasons the server records as a code rather than in words.
  const REASONS = { DISSOCIATED: "The association was dissolved." };
  const FREEZE_TYPES = { ACCOUNT: "account", ACCOUNT_AND_RESOURCE: "account and resources" };
  const ACTIONS = {
    "association.created": "Associated", "association.dissolved": "Association dissolved",
    "account.frozen": "Frozen", "account.unfrozen": "Unfrozen", "budget.set": "Budget set",
    "budget.alert": "Budget alert", "authorization.granted": "Authorization letter",
    "authorization.requested": "Authorization letter requested",
    "authorization.approved": "Authorization letter approved",
    "authorization.rejected": "Authorization letter rejected",
    "authorization.revoked": "Authorization letter revoked", "authorization.expired": "Authorization letter expired",
    "order.placed": "Order placed",
    "customer.registered": "Registered", "customer.enabled": "Enabled (billing country and agreement)",
    "coupon.deducted": "Cash coupon used", "invitation.created": "Invitation created",
    "invitation.revoked": "Invitation revoked", "budget.ended": "Budget ended",
    "dissociation.requested": "Dissociation requested", "dissociation.answered": "Dissociation answered",
    "dissociation.cancelled": "Dissociation request cancelled", "dissociation.expired": "Dissociation request expired",
    "customer.logged_in": "Logged in", "customer.logged_out": "Logged out",
    "customer.password_reset": "Password set", "facts.imported": "Account facts imported",
  };
  const VIEWS = ["overview", "customers", "customer", "invitations", "webhooks"];

  const $ = (id) => document.getElementById(id);
  const state = {
    key: readKey(), partner: null, role: null, customers: null, invitations: null, customer: null, asked: null,
  };
  // What each role may do, lowest first: an element marked data-mutation="ADMIN" needs an ADMIN
  // key, any other mutation a MANAGE one.
  const ROLES = ["READ", "MANAGE", "ADMIN"];
  // Pages kept in scripts of their own (webhooks.js) register a maker in window.CONSOLE_PAGES
  // before this script runs; each gets the console's helpers once the helpers exist (below).
  const PAGES = {};

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

  function may(role) {
    return !state.role || ROLES.indexOf(state.role) >= ROLES.indexOf(role || "MANAGE");
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
    state.customer = null;
    state.asked = null;
    // What the key read is forgotten with it.
    Object.entries(LISTS).forEach(([name, list]) => {
      state[name] = null;
      $(list.table).tBodies[0].replaceChildren();
    });
    $("invitation-made").hidden = true;
    $("made-url").value = "";
    $("made-qr").removeAttribute("src");
    document.body.classList.remove("printing-qr");
    Object.values(PAGES).forEach((page) => page.forget && page.forget());
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
      else if (PAGES[where.view]) await PAGES[where.view].show(where.params);
      else await showInvitations(where.params);
    } catch (error) {
      failed(null, error);
    }
    const heading = shown.querySelector("h1");
    if (heading && !shown.contains(document.activeElement)) heading.focus();
  }

  // A key sees no form or button its role cannot use.
  function applyRole() {
    document.querySelectorAll(".mutation, [data-mutation]").forEach((node) => {
      node.hidden = !may(node.dataset.mutation) || node.dataset.off === "true";
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

  // Each list's filters: the address's parameter and the control that shows it.
  const FILTERS = {
    customers: { search: "f-search", state: "f-state", frozen: "f-frozen", budget: "f-budget", letter: "f-letter", order: "f-order" },
    invitations: { state: "if-state", kind: "if-kind" },
  };

  function filtersToForm(view, params) {
    Object.entries(FILTERS[view]).forEach(([name, id]) => {
      const control = $(id);
      const wanted = params.get(name) || "";
      control.value = wanted;
      if (control.tagName === "SELECT" && control.value !== wanted) control.selectedIndex = 0;
    });
  }

  function formToParams(view) {
    const params = new URLSearchParams();
    Object.entries(FILTERS[view]).forEach(([name, id]) => {
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
    filtersToForm("customers", params);
    await startList("customers", variablesOf(params));
  }

  // ---- keyset lists: a table, its count and its "More" button; each page appends rows -------

  const LISTS = {
    customers: {
      query: Q.customers, table: "customers-table", count: "customers-count", more: "more",
      row: customerRow, none: "No customer matches these filters.",
    },
    invitations: {
      query: Q.invitations, table: "invitations-table", count: "invitations-count", more: "inv-more",
      row: invitationRow, none: "No invitation matches these filters.",
    },
  };

  async function startList(name, variables) {
    const list = LISTS[name];
    state[name] = { variables, after: null, shown: 0 };
    $(list.table).tBodies[0].replaceChildren();
    $(list.count).textContent = `Loading the ${name}…`;
    $(list.more).hidden = true;
    await loadPage(name);
  }

  async function loadPage(name) {
    const list = LISTS[name];
    const page = state[name];
    const data = (await api(list.query, { ...page.variables, after: page.after }))[name];
    const body = $(list.table).tBodies[0];
    data.edges.forEach((edge) => body.append(list.row(edge)));
    page.shown += data.edges.length;
    page.after = data.pageInfo.endCursor;
    $(list.more).hidden = !data.pageInfo.hasNextPage;
    $(list.count).textContent = data.totalCount === 0 ? list.none : `Showing ${page.shown} of ${data.totalCount} ${name}.`;
    applyRole();
  }

  // The next page's first row takes the focus, so a keyboard user goes on reading from there.
  async function onMore(name) {
    const list = LISTS[name];
    await busy($(list.more), async () => {
      try {
        const before = $(list.table).tBodies[0].rows.length;
        await loadPage(name);
        const next = $(list.table).tBodies[0].rows[before];
        const target = next && (next.querySelector("a, button") || next.cells[0]);
        if (target && !target.matches("a, button")) target.tabIndex = -1;
        if (target) target.focus();
      } catch (error) {
        failed(null, error);
      }
    });
  }

  function onFilter(view, event) {
    event.preventDefault();
    const query = formToParams(view).toString();
    const target = `#/${view}${query ? "?" + query : ""}`;
    if (window.location.hash === target) route();
    else window.location.hash = target;
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
    if (budget.endedAt) return el("span", { class: "badge muted", text: "Budget ended" });
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

  function onClearFilters() {
    window.location.hash = "#/customers";
  }

  // ---- one customer ---------------------------------------------------------------------

  async function showCustomer(id) {
    if (!state.customer || state.customer.id !== id) $("customer-title").textContent = "Loading the customer…";
    const data = await readCustomer(id);
    const customer = data.node;
    document.querySelectorAll("#view-customer > .card, #customer-facts").forEach((node) => { node.hidden = !customer; });
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
      ["Dissolved", association.dissolvedAt ? dissolution(association) : null],
      ["Reseller instructions", association.instructionsVersion ? `version ${association.instructionsVersion}` : null],
      ["Invitation", invitationOf(association.invitation)],
    ] : [["State", "Not associated"]]);
    const active = association && association.state === "ACTIVE";
    const reseller = active && association.cooperationModel === "RESELLER";
    renderBudget(customer, reseller);
    renderFreezes(customer, reseller);
    renderLetter(customer, active);
    renderOrders(customer.orders);
    renderDissociation(customer, data.dissociationPreflight);
    renderTimeline(data.auditEvents);
    applyRole();
  }

  // An id that is not a customer's (a mistyped address) reads as no customer.
  async function readCustomer(id) {
    try {
      return await api(Q.customer, { id, first: AUDIT_PAGE });
    } catch (error) {
      if (error instanceof TopLevelError && error.codes.includes("BAD_USER_INPUT")) return { node: null };
      throw error;
    }
  }

  function dissolution(association) {
    const by = association.dissolvedBy ? ` at the ${WORDS[association.dissolvedBy]}'s request` : "";
    const why = association.dissolutionReason ? ` (“${association.dissolutionReason}”)` : "";
    return `${when(association.dissolvedAt)}${by}${why}`;
  }

  // "Link of 3 Nov 2026 (used 12 of 50 times, active)": the invitation the customer came by.
  function invitationOf(invitation) {
    if (!invitation) return null;
    return `${kindOf(invitation)} of ${day(invitation.createdAt)} (${usesOf(invitation)}, ${WORDS[invitation.state].toLowerCase()})`;
  }

  function kindOf(invitation) {
    return invitation.kind === "ONLINE" ? `Online invitation to ${invitation.inviteeAccountName}` : "Link";
  }

  function usesOf(invitation) {
    if (invitation.maxUses !== null) return `used ${invitation.useCount} of ${invitation.maxUses} times`;
    return invitation.useCount === 1 ? "used once" : `used ${invitation.useCount} times`;
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
    } else if (budget.endedAt) {
      now.replaceChildren(el("p", { text: `The ${WORDS[budget.kind].toLowerCase()} budget of ${money(budget.amount)} ended ${when(budget.endedAt)}, when the association was dissolved.` }));
    } else {
      now.replaceChildren(
        el("p", { text: `${WORDS[budget.kind]} budget of ${money(budget.amount)}; ${WORDS[budget.exhaustionAction]}.` }),
        el("div", { class: "usage" }, budgetUse(budget)),
        el("p", { class: "hint", text: `Remaining ${money(budget.usage.remaining)}; counted since ${when(budget.usage.periodStart)}.` }));
    }
    $("budget-form").dataset.off = String(!reseller);
    // A customer that never had a budget (a referral one) has no history to show.
    $("budget-history-box").hidden = !budget && !reseller;
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

  // The open letter, else the last one sent and how it ended.
  function renderLetter(customer, active) {
    const open = customer.authorization;
    const letter = open || customer.authorizations[0];
    let text = "No letter has been requested.";
    if (letter) {
      const ended = letter.state === "EXPIRED" ? letter.validUntil : letter.revokedAt || letter.decidedAt;
      text = `${WORDS[letter.state]}: ${letter.scopes.map((s) => WORDS[s]).join(" and ")}; requested ${when(letter.requestedAt)}` +
        (open && letter.validUntil ? `, valid until ${when(letter.validUntil)}` : "") +
        (!open && ended ? `; ${WORDS[letter.state].toLowerCase()} ${when(ended)}` : "") +
        "." + (letter.reason ? ` ${REASONS[letter.reason] || `Reason: “${letter.reason}”.`}` : "");
    }
    $("letter-state").textContent = text;
    $("letter-form").dataset.off = String(!active || Boolean(open));
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
    $("timeline").replaceChildren(...(events.length ? events.map(eventItem) : [el("li", { text: "Nothing recorded yet." })]));
    olderEvents(events);
  }

  function eventItem(event) {
    return el("li", { "data-action": event.action, "data-id": event.id },
      el("time", { datetime: event.occurredAt, text: when(event.occurredAt) }),
      el("strong", { text: ACTIONS[event.action] || event.action }),
      event.actorKey ? ` by ${event.actorKey.label} (your API key)` : ` by the ${WORDS[event.actorKind]}`,
      event.reason ? el("span", { class: "sub", text: REASONS[event.reason] || event.reason }) : null,
      detail(event));
  }

  // A full page may have older events behind it: the button asks for them, after the last one.
  function olderEvents(events) {
    $("older-events").hidden = events.length < AUDIT_PAGE;
    state.lastEvent = events.length ? events[events.length - 1].id : null;
  }

  async function onOlderEvents() {
    await busy($("older-events"), async () => {
      try {
        const variables = { id: state.customer.id, first: AUDIT_PAGE, after: state.lastEvent };
        const events = (await api(Q.audit, variables)).auditEvents;
        const items = events.map(eventItem);
        $("timeline").append(...items);
        olderEvents(events);
        if (items.length) {
          items[0].tabIndex = -1;
          items[0].focus();
        }
      } catch (error) {
        failed(null, error);
      }
    });
  }

  function detail(event) {
    const after = event.after || {};
    const bits = [];
    if (after.amount) bits.push(`${after.kind ? WORDS[after.kind] + " " : ""}${after.amount}`);
    if (after.type) bits.push(FREEZE_TYPES[after.type] || after.type);
    if (after.threshold_percent) bits.push(`${after.threshold_percent} %`);
    if (after.note) bits.push(`“${after.note}”`);
    // Which answer: the action alone does not say it.
    if (event.action === "dissociation.answered") bits.push(WORDS[after.state].toLowerCase());
    return bits.length ? el("span", { class: "sub", text: bits.join(" · ") }) : null;
  }

  // ---- dissociation: what stops it, the request, and the answers ---------------------------

  // `preflight` is null without an active association: then only past requests are shown.
  function renderDissociation(customer, preflight) {
    const requests = customer.dissociationRequests;
    $("dissociation-card").hidden = !preflight && !requests.length;
    const referral = customer.association && customer.association.cooperationModel === "REFERRAL";
    let said = "The association is not active: there is nothing to dissolve.";
    if (preflight && preflight.allowed) {
      said = referral
        ? "Nothing stops the association from being dissolved. In the referral model, dissociating dissolves it at once."
        : "Nothing stops the association from being dissolved. The customer is asked to approve your request; unanswered, it expires after 14 days.";
    } else if (preflight) {
      said = "The association cannot be dissolved now:";
    }
    $("dissociation-state").textContent = said;
    $("dissociation-blockers").replaceChildren(...(preflight ? preflight.blockers : [])
      .map((blocker) => el("li", { "data-code": blocker.code, text: sentence(blocker) })));
    const verb = referral ? "Dissociate" : "Ask to dissociate";
    $("dissociate-heading").textContent = verb;
    $("request-dissociation").textContent = verb;
    $("dissociate-form").dataset.off = String(!preflight || !preflight.allowed);
    $("d-reason").value = "";
    clearErrors($("dissociate-form"));
    $("dissociation-requests").replaceChildren(...(requests.length
      ? requests.map(requestItem) : [el("li", { text: "No request yet." })]));
    clearErrors($("dissociation-requests-box"));
    state.asked = requests.find((r) => r.askedBy === "CUSTOMER" && r.state === "PENDING") || null;
    $("answer-form").dataset.off = String(!state.asked);
    $("a-reason").value = "";
    clearErrors($("answer-form"));
  }

  function requestItem(request) {
    const asker = request.askedBy === "PARTNER" ? "You asked" : "The customer asked";
    let outcome = `Expired ${when(request.expiresAt)} without an answer.`;
    if (request.state === "PENDING") outcome = `Expires ${when(request.expiresAt)} unless answered.`;
    else if (request.answeredAt) {
      outcome = `${WORDS[request.state]} by the ${WORDS[request.answeredBy]} on ${when(request.answeredAt)}` +
        (request.answerReason ? ` (“${request.answerReason}”).` : ".");
    }
    const item = el("li", { "data-state": request.state, "data-asked-by": request.askedBy },
      el("span", { class: `badge ${request.state === "PENDING" ? "warn" : "muted"}`, text: WORDS[request.state] }),
      el("span", { text: `${asker} on ${when(request.requestedAt)}: “${request.reason}”` }),
      el("span", { class: "sub", text: outcome }));
    if (request.askedBy === "PARTNER" && request.state === "PENDING") {
      const button = el("button", { type: "button", class: "secondary small", "data-mutation": "ADMIN", text: "Cancel the request" });
      button.addEventListener("click", () => onCancelDissociation(button, request));
      item.append(button);
    }
    return item;
  }

  // A question before an action that cannot be undone; true when the user confirms it.
  function confirmFirst(title, text, yes) {
    const dialog = $("confirm");
    const opener = document.activeElement;
    $("confirm-title").textContent = title;
    $("confirm-text").textContent = text;
    $("confirm-yes").textContent = yes;
    dialog.returnValue = "";
    dialog.showModal();
    return new Promise((resolve) => {
      dialog.addEventListener("close", () => {
        if (opener && opener.isConnected) opener.focus();
        resolve(dialog.returnValue === "yes");
      }, { once: true });
    });
  }

  async function onRequestDissociation(event) {
    event.preventDefault();
    const form = $("dissociate-form");
    clearErrors(form);
    const reason = $("d-reason").value.trim();
    if (!reason) return showErrors(form, [{ code: "REQUIRED", field: "reason" }]);
    const referral = state.customer.association.cooperationModel === "REFERRAL";
    const sure = await confirmFirst(
      referral ? "Dissolve the association?" : "Ask to dissociate?",
      referral
        ? `${state.customer.accountName} stops being your customer now. Its history stays readable.`
        : `${state.customer.accountName} is asked to approve. You may cancel while it is pending, but a cancelled request counts: you can ask again only months later.`,
      referral ? "Dissolve" : "Ask");
    if (!sure) return null;
    const input = { customerId: state.customer.id, reason };
    const notice = referral ? MESSAGES.DISSOLVED : MESSAGES.DISSOCIATION_REQUESTED;
    return mutate(form, $("request-dissociation"), Q.requestDissociation, input, "requestDissociation",
      reloaded(notice, "dissociation-title"));
  }

  async function onAnswerDissociation(event) {
    event.preventDefault();
    const form = $("answer-form");
    clearErrors(form);
    const button = event.submitter || $("reject-dissociation");
    const action = button.value;
    const reason = $("a-reason").value.trim();
    if (action === "REJECT" && !reason) return showErrors(form, [{ code: "REQUIRED", field: "reason" }]);
    if (action === "APPROVE") {
      const sure = await confirmFirst("Approve and dissolve?",
        `The association with ${state.customer.accountName} ends now: its budget ends and your authorization letter is revoked. Its history stays readable.`,
        "Dissolve");
      if (!sure) return null;
    }
    const input = { requestId: state.asked.id, action, reason };
    const notice = action === "APPROVE" ? MESSAGES.DISSOLVED : MESSAGES.DISSOCIATION_REJECTED;
    return mutate(form, button, Q.answerDissociation, input, "answerDissociation", reloaded(notice, "dissociation-title"));
  }

  function onCancelDissociation(button, request) {
    return mutate($("dissociation-requests-box"), button, Q.cancelDissociation, { requestId: request.id },
      "cancelDissociation", reloaded(MESSAGES.DISSOCIATION_CANCELLED, "dissociation-title"));
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

  // After a change on the customer's page: the page read again, the notice said, and the focus
  // put where the change shows (a heading that says it, when the button pressed is gone).
  function reloaded(notice, focus) {
    return async () => {
      await showCustomer(state.customer.id);
      setStatus(notice);
      if (focus) $(focus).focus();
    };
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
    return mutate(form, $("set-budget"), Q.setBudget, input, "setBudget", reloaded(MESSAGES.BUDGET_SET));
  }

  function onFreeze(event) {
    event.preventDefault();
    const form = $("freeze-form");
    clearErrors(form);
    const input = { customerId: state.customer.id, type: $("fz-type").value, note: $("fz-note").value.trim() };
    return mutate(form, $("freeze"), Q.freeze, input, "freeze", reloaded(MESSAGES.FROZEN));
  }

  function onUnfreeze(button, type) {
    const input = { customerId: state.customer.id, type };
    return mutate($("freeze-form"), button, Q.unfreeze, input, "unfreeze", reloaded(MESSAGES.UNFROZEN, "freeze-title"));
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
    return mutate(form, $("request-letter"), Q.requestLetter, input, "requestAuthorization", reloaded(MESSAGES.LETTER_REQUESTED));
  }

  // ---- invitations ----------------------------------------------------------------------

  async function showInvitations(params) {
    document.title = "Invitations · Partner console";
    onKindChange();
    // Only a reseller's customers have a budget, so only its invitations carry one.
    $("i-budget").hidden = state.partner.cooperationModel !== "RESELLER";
    filtersToForm("invitations", params);
    clearErrors($("invitation-list"));
    const filter = { state: params.get("state") || null, kind: params.get("kind") || null };
    await startList("invitations", { first: PAGE_SIZE, filter });
  }

  function invitationRow(edge) {
    const invitation = edge.node;
    const preset = invitation.budgetPreset;
    let until = `expires ${when(invitation.expiresAt)}`;
    if (invitation.revokedAt) until = `revoked ${when(invitation.revokedAt)}`;
    else if (invitation.state === "EXPIRED") until = `expired ${when(invitation.expiresAt)}`;
    const row = el("tr", { "data-state": invitation.state, "data-kind": invitation.kind },
      el("td", {}, kindOf(invitation), el("span", { class: "sub", text: `created ${when(invitation.createdAt)}` }),
        preset ? el("span", { class: "sub", text: `with a ${WORDS[preset.kind].toLowerCase()} budget of ${money(preset.amount)}` }) : null),
      el("td", {}, el("span", { class: `badge ${invitation.state === "ACTIVE" ? "ok" : "muted"}`, text: WORDS[invitation.state] }),
        el("span", { class: "sub", text: until })),
      el("td", { class: "uses" }, usesOf(invitation), associationsOf(invitation.associations)),
      el("td", {}));
    if (invitation.state === "ACTIVE") {
      const button = el("button", {
        type: "button", class: "secondary small", "data-mutation": "",
        "aria-label": `Revoke the ${kindOf(invitation).toLowerCase()} created ${when(invitation.createdAt)}`, text: "Revoke",
      });
      button.addEventListener("click", () => onRevoke(button, invitation));
      row.cells[3].append(button);
    }
    return row;
  }

  // The customers who came by it: the first three by name, then how many more.
  function associationsOf(associations) {
    if (!associations.length) return el("span", { class: "sub", text: "No customer yet." });
    const named = associations.slice(0, 3).map((a) => el("a", { href: `#/customers/${encodeURIComponent(a.customer.id)}`, text: a.customer.accountName }));
    const more = associations.length > 3 ? ` and ${associations.length - 3} more` : "";
    return el("span", { class: "sub" }, `Customers: `, ...named.flatMap((link, i) => (i ? [", ", link] : [link])), more);
  }

  async function onRevoke(button, invitation) {
    const sure = await confirmFirst("Revoke the invitation?",
      `The ${kindOf(invitation).toLowerCase()} created ${when(invitation.createdAt)} stops working at once, its QR code too. Customers who came by it stay associated.`,
      "Revoke");
    if (!sure) return null;
    const input = { invitationId: invitation.id };
    return mutate($("invitation-list"), button, Q.revokeInvitation, input, "revokeInvitation", async (payload) => {
      button.closest("tr").replaceWith(invitationRow({ node: payload.invitation }));
      applyRole();
      setStatus(MESSAGES.INVITATION_REVOKED_NOW);
      $("list-title").focus();
    });
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
    const amount = $("i-budget").hidden ? "" : $("i-amount").value.trim();
    const amountWrong = amount && amountProblem(amount);
    if (amountWrong) problems.push({ code: amountWrong, field: "budget.amount" });
    if (problems.length) return showErrors(form, problems);
    const input = {
      kind: online ? "ONLINE" : "LINK",
      inviteeAccountName: online ? $("i-invitee").value.trim() : null,
      validDays: days.value,
      maxUses: uses.value,
      budget: amount ? { kind: $("i-budget-kind").value, amount, exhaustionAction: $("i-action").value } : null,
    };
    return mutate(form, $("create-invitation"), Q.createInvitation, input, "createInvitation", async (payload) => {
      showInvitation(payload);
      form.reset();
      onKindChange();
      await startList("invitations", state.invitations.variables);
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

  // ---- pages of their own ---------------------------------------------------------------

  const KIT = {
    $, el, api, state, MESSAGES, ERRORS, FIELDS, sentence, setStatus, when, day, clearErrors,
    showErrors, failed, busy, mutate, applyRole, may, confirmFirst,
  };
  Object.entries(window.CONSOLE_PAGES || {}).forEach(([view, make]) => { PAGES[view] = make(KIT); });

  // ---- wiring ---------------------------------------------------------------------------

  $("sign-in").addEventListener("submit", onSignIn);
  $("sign-out").addEventListener("click", () => signOut());
  $("filters").addEventListener("submit", (event) => onFilter("customers", event));
  $("clear-filters").addEventListener("click", onClearFilters);
  $("more").addEventListener("click", () => onMore("customers"));
  $("older-events").addEventListener("click", onOlderEvents);
  $("inv-filters").addEventListener("submit", (event) => onFilter("invitations", event));
  $("inv-more").addEventListener("click", () => onMore("invitations"));
  $("budget-form").addEventListener("submit", onSetBudget);
  $("freeze-form").addEventListener("submit", onFreeze);
  $("letter-form").addEventListener("submit", onRequestLetter);
  $("invite-form").addEventListener("submit", onCreateInvitation);
  $("dissociate-form").addEventListener("submit", onRequestDissociation);
  $("answer-form").addEventListener("submit", onAnswerDissociation);
  $("i-link").addEventListener("change", onKindChange);
  $("i-online").addEventListener("change", onKindChange);
  $("copy-url").addEventListener("click", onCopy);
  $("print-qr").addEventListener("click", onPrint);
  window.addEventListener("hashchange", route);
  route();
})();
