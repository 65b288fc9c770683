// The invitation landing page: walks the customer through the association procedure using only
// the GraphQL API (invitation, requestEmailCode, register, login, eligibility, associate), and
// shows a signed-in customer its partner's pending request to dissociate (answerDissociation).
// No framework and no build step. The session token lives in memory and in sessionStorage, so
// a reload (or a second visit in the same tab) shows the customer's current state.
(function () {
  "use strict";

  const MESSAGES = window.PARTNERLINK_MESSAGES || {};
  const GRAPHQL = new URL("../graphql", window.location.href).toString();
  const SESSION_KEY = "partnerlink.session";
  const ERRORS = "errors { code message field }";

  const Q = {
    preview: `query Preview($token: String!) {
      invitation(token: $token) {
        partner { id name } cooperationModel kind state expiresAt
        requiresResellerInstructions forExistingAccount instructionsVersion
      }
    }`,
    requestCode: `mutation RequestCode($input: RequestEmailCodeInput!) {
      requestEmailCode(input: $input) { accepted ${ERRORS} }
    }`,
    register: `mutation Register($input: RegisterInput!) {
      register(input: $input) { sessionToken customer { accountName country } ${ERRORS} }
    }`,
    login: `mutation Login($input: LoginInput!) {
      login(input: $input) { sessionToken customer { accountName country } ${ERRORS} }
    }`,
    current: `query Current {
      viewer { ... on Customer {
        accountName
        association { cooperationModel partner { id name } customer { freezes { reason } } }
        authorizations { state partner { id } }
      } }
    }`,
    logout: `mutation Logout { logout { loggedOut } }`,
    eligibility: `query Eligibility($token: String!) {
      viewer { ... on Customer { accountName country billingCountry } }
      eligibility(token: $token) { eligible alreadyAssociated problems { code message field } }
    }`,
    associate: `mutation Associate($input: AssociateInput!) {
      associate(input: $input) {
        created
        association { cooperationModel partner { name } customer { frozen freezes { reason } } }
        authorization { state }
        ${ERRORS}
      }
    }`,
    dissociations: `query Dissociations {
      viewer { ... on Customer {
        dissociationRequests(state: PENDING) { id askedBy reason requestedAt expiresAt partner { name } }
      } }
    }`,
    answerDissociation: `mutation AnswerDissociation($input: AnswerDissociationInput!) {
      answerDissociation(input: $input) {
        request { state } association { state partner { name } }
        ${ERRORS}
      }
    }`,
  };

  // The input `field` of a payload error, by form, to the id of the control it concerns.
  const FIELDS = {
    "step-register": {
      country: "reg-country", email: "reg-email", emailCode: "reg-code",
      password: "reg-password", accountName: "reg-account",
    },
    "step-login": { login: "login-account", password: "login-password" },
    "step-enable": { billingCountry: "billing-country", acceptCustomerAgreement: "accept-agreement" },
    "step-terms": { acceptResellerInstructions: "accept-instructions" },
    dissociation: { reason: "dissociation-reason" },
  };
  const STATE_CODES = {
    EXPIRED: "INVITATION_EXPIRED", REVOKED: "INVITATION_REVOKED", USED_UP: "INVITATION_USED_UP",
  };
  const SUMMARY = {
    created: (account, partner, model) => `Your account ${account} is now associated with ${partner} in the ${model} model.`,
    again: (account, partner) => `Your account ${account} was already associated with ${partner}.`,
    current: (account, partner, model) => `Your account ${account} is associated with ${partner} in the ${model} model.`,
  };
  const DOCUMENTS = new URL("../documents/", window.location.href).toString();
  const MODEL_TEXT = {
    RESELLER: "Reseller model: the partner resells the cloud to you, sets your budget and pays the bills.",
    REFERRAL: "Referral model: the partner recommends the cloud to you; you buy and pay for it yourself.",
  };

  const $ = (id) => document.getElementById(id);
  const state = {
    token: tokenFromAddress(),
    invitation: null,
    session: readSession(),
    account: null,
    countriesLoaded: null,
    dissociation: null,
  };

  function tokenFromAddress() {
    const segments = window.location.pathname.split("/").filter(Boolean);
    try {
      return decodeURIComponent(segments[segments.length - 1] || "");
    } catch (_) {
      return "";
    }
  }

  function readSession() {
    try {
      return window.sessionStorage.getItem(SESSION_KEY);
    } catch (_) {
      return null;
    }
  }

  function keepSession(token) {
    state.session = token;
    try {
      if (token) window.sessionStorage.setItem(SESSION_KEY, token);
      else window.sessionStorage.removeItem(SESSION_KEY);
    } catch (_) {
      // Storage can be off: the token stays in memory for this page.
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
    if (state.session) headers.Authorization = "Bearer " + state.session;
    const response = await fetch(GRAPHQL, {
      method: "POST",
      headers,
      body: JSON.stringify({ query, variables }),
      credentials: "same-origin",
      referrerPolicy: "no-referrer",
    });
    let body;
    try {
      body = await response.json();
    } catch (_) {
      throw new TopLevelError([{ message: `The server answered ${response.status}.` }]);
    }
    if (body.errors && body.errors.length) throw new TopLevelError(body.errors);
    return body.data;
  }

  function sentence(problem) {
    return MESSAGES[problem.code] || problem.message || "Something went wrong.";
  }

  function setStatus(text) {
    $("status").textContent = text;
  }

  function fillText(selector, text) {
    document.querySelectorAll(selector).forEach((el) => { el.textContent = text; });
  }

  // Shows one step (or page) and moves the focus to its heading, so that screen readers and
  // keyboard users start there.
  function show(id, progressStep) {
    ["invalid", "step-terms", "step-register", "step-login", "blocked", "step-enable", "done"]
      .forEach((other) => { $(other).hidden = other !== id; });
    const progress = $("progress");
    progress.hidden = !progressStep;
    let reached = true;
    progress.querySelectorAll("li").forEach((li) => {
      const current = li.dataset.step === progressStep;
      if (current) {
        li.setAttribute("aria-current", "step");
        reached = false;
      } else {
        li.removeAttribute("aria-current");
      }
      li.classList.toggle("done", reached && !current);
    });
    const heading = $(id).querySelector("h2");
    // A customer already answering a dissociation request (its card loads beside the steps)
    // keeps the focus where it is typing.
    if (heading && !$("dissociation").contains(document.activeElement)) heading.focus();
  }

  function clearErrors(form) {
    form.querySelectorAll(".field-error").forEach((el) => { el.hidden = true; el.textContent = ""; });
    form.querySelectorAll("[aria-invalid]").forEach((el) => el.removeAttribute("aria-invalid"));
    form.querySelector(".form-alert").textContent = "";
  }

  // Payload errors in words: each next to its field when it has one, all in the form's alert.
  function showErrors(form, problems) {
    const fields = FIELDS[form.id] || {};
    const lines = [];
    let first = null;
    problems.forEach((problem) => {
      const text = sentence(problem);
      const control = problem.field && fields[problem.field] ? $(fields[problem.field]) : null;
      if (control) {
        control.setAttribute("aria-invalid", "true");
        const slot = $(control.id + "-error");
        slot.textContent = text;
        slot.hidden = false;
        const label = form.querySelector(`label[for="${control.id}"]`);
        lines.push(label ? `${label.textContent.replace(/\s*\(.*\)$/, "")}: ${text}` : text);
        first = first || control;
      } else {
        lines.push(text);
      }
    });
    const alert = form.querySelector(".form-alert");
    alert.replaceChildren(...lines.map((line) => {
      const p = document.createElement("p");
      p.textContent = line;
      return p;
    }));
    if (first) first.focus();
  }

  function failed(form, error) {
    if (error instanceof TopLevelError && error.codes.includes("UNAUTHENTICATED")) {
      keepSession(null);
      goToAccountStep("Your session has ended. Please log in again.");
      return;
    }
    showErrors(form, [{ message: "We could not reach partnerlink. Check your connection and try again." }]);
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

  async function loadCountries() {
    if (!state.countriesLoaded) {
      state.countriesLoaded = fetch(new URL("../landing/countries.json", window.location.href))
        .then((response) => response.json())
        .then((countries) => {
          ["reg-country", "billing-country"].forEach((id) => {
            const select = $(id);
            countries.forEach((country) => select.add(new Option(country.name, country.code)));
          });
        });
    }
    return state.countriesLoaded;
  }

  // Step 1: what the invitation is; then where the customer stands, when signed in already.
  async function start() {
    if (!state.token) return invalid("INVITATION_NOT_FOUND");
    let invitation;
    try {
      invitation = (await api(Q.preview, { token: state.token })).invitation;
    } catch (_) {
      setStatus("We could not load the invitation. Check your connection and reload the page.");
      return;
    }
    if (!invitation) return invalid("INVITATION_NOT_FOUND");
    state.invitation = invitation;
    introduce(invitation);
    if (await resume()) return;
    if (invitation.state !== "ACTIVE") return invalid(STATE_CODES[invitation.state]);
    showTerms(invitation);
  }

  function introduce(invitation) {
    const partner = invitation.partner.name;
    fillText(".partner-name", partner);
    const line = $("partner-line");
    line.hidden = false;
    if (invitation.state !== "ACTIVE") {
      line.textContent = `An invitation from ${partner}.`;
      return;
    }
    line.textContent = `${partner} invites you to associate your cloud account with them.`;
    document.title = `Invitation from ${partner}`;
  }

  function showTerms(invitation) {
    setStatus("");
    const model = $("model-explained");
    const strong = document.createElement("p");
    strong.textContent = MODEL_TEXT[invitation.cooperationModel] || "";
    model.replaceChildren(strong);
    $("reseller-terms").hidden = !invitation.requiresResellerInstructions;
    $("instructions-version").textContent = invitation.instructionsVersion || "";
    linkDocuments(invitation);
    loadCountries().catch(() => setStatus("The list of countries could not be loaded. Reload the page."));
    show("step-terms", "terms");
  }

  // Each document links to its page; the instructions to the very version agreed to.
  function linkDocuments(invitation) {
    const version = invitation.instructionsVersion;
    $("instructions-link").href = DOCUMENTS + "reseller-instructions" +
      (version ? "/" + encodeURIComponent(version) : "");
  }

  // A signed-in customer already associated with this partner sees that, not step 1. A session
  // that ended is dropped; any other state goes on with the steps.
  async function resume() {
    if (!state.session) return false;
    let viewer;
    try {
      viewer = (await api(Q.current)).viewer;
    } catch (_) {
      return false;
    }
    if (!viewer || !viewer.accountName) {
      keepSession(null);
      return false;
    }
    state.account = viewer;
    fillText(".account-name", viewer.accountName);
    const association = viewer.association;
    if (!association || association.partner.id !== state.invitation.partner.id) return false;
    const approved = viewer.authorizations.some(
      (letter) => letter.state === "APPROVED" && letter.partner.id === association.partner.id);
    showAssociation(association, "current", approved);
    return true;
  }

  function invalid(code) {
    setStatus("");
    $("invalid-reason").textContent = MESSAGES[code] || MESSAGES.INVITATION_NOT_FOUND;
    show("invalid", null);
  }

  // Step 2: the reseller instructions (required for resellers) and the optional letter.
  function onTerms(event) {
    event.preventDefault();
    const form = $("step-terms");
    clearErrors(form);
    if (state.invitation.requiresResellerInstructions && !$("accept-instructions").checked) {
      showErrors(form, [{ code: "RESELLER_INSTRUCTIONS_NOT_ACCEPTED", field: "acceptResellerInstructions" }]);
      return;
    }
    if (state.session) {
      checkEligibility().catch((error) => failed(form, error));
    } else {
      goToAccountStep();
    }
  }

  function goToAccountStep(notice) {
    const online = state.invitation.forExistingAccount;
    const id = online ? "step-login" : "step-register";
    show(id, "account");
    if (notice) showErrors($(id), [{ message: notice }]);
  }

  // Step 3, link invitation: email code, then the new account.
  async function onSendCode() {
    const form = $("step-register");
    clearErrors(form);
    const email = $("reg-email").value.trim();
    if (!email) return showErrors(form, [{ code: "REQUIRED", field: "email" }]);
    await busy($("send-code"), async () => {
      try {
        const payload = (await api(Q.requestCode, { input: { email } })).requestEmailCode;
        if (payload.errors.length) return showErrors(form, payload.errors);
        $("reg-code-hint").textContent = `We sent a code to ${email}: type its 6 digits. It is valid for 10 minutes.`;
        $("reg-code").focus();
      } catch (error) {
        failed(form, error);
      }
    });
  }

  async function onRegister(event) {
    event.preventDefault();
    const form = $("step-register");
    clearErrors(form);
    const input = {
      country: $("reg-country").value,
      email: $("reg-email").value.trim(),
      emailCode: $("reg-code").value.trim(),
      password: $("reg-password").value,
      accountName: $("reg-account").value.trim(),
      invitationToken: state.token,
    };
    const missing = Object.entries(input)
      .filter(([name, value]) => name !== "invitationToken" && !value)
      .map(([name]) => ({ code: "REQUIRED", field: name }));
    if (missing.length) return showErrors(form, missing);
    await busy($("register"), async () => {
      try {
        const payload = (await api(Q.register, { input })).register;
        if (payload.errors.length) return showErrors(form, payload.errors);
        signedIn(payload);
        await checkEligibility();
      } catch (error) {
        failed(form, error);
      }
    });
  }

  // Step 3, online invitation: the invited account logs in.
  async function onLogin(event) {
    event.preventDefault();
    const form = $("step-login");
    clearErrors(form);
    const input = { login: $("login-account").value.trim(), password: $("login-password").value };
    const missing = Object.entries(input).filter(([, value]) => !value)
      .map(([name]) => ({ code: "REQUIRED", field: name }));
    if (missing.length) return showErrors(form, missing);
    await busy($("login"), async () => {
      try {
        const payload = (await api(Q.login, { input })).login;
        if (payload.errors.length) return showErrors(form, payload.errors);
        signedIn(payload);
        await checkEligibility();
      } catch (error) {
        failed(form, error);
      }
    });
  }

  function signedIn(payload) {
    keepSession(payload.sessionToken);
    loadDissociation();
    state.account = payload.customer;
    $("login-password").value = "";
    $("reg-password").value = "";
  }

  // Before step 4: every rule that would refuse the association, at once.
  async function checkEligibility() {
    const data = await api(Q.eligibility, { token: state.token });
    if (!data.viewer || !data.eligibility) {
      keepSession(null);
      return goToAccountStep("Please log in with the account this invitation is for.");
    }
    state.account = data.viewer;
    fillText(".account-name", data.viewer.accountName);
    if (!data.eligibility.eligible && !data.eligibility.alreadyAssociated) {
      const list = $("blocked-reasons");
      list.replaceChildren(...data.eligibility.problems.map((problem) => {
        const li = document.createElement("li");
        li.textContent = sentence(problem);
        li.dataset.code = problem.code;
        return li;
      }));
      return show("blocked", "enable");
    }
    await loadCountries();
    const billing = $("billing-country");
    if (!billing.value) billing.value = data.viewer.billingCountry || data.viewer.country || "";
    show("step-enable", "enable");
  }

  // Step 4: billing country and the agreement; the association in one request.
  async function onAssociate(event) {
    event.preventDefault();
    const form = $("step-enable");
    clearErrors(form);
    const input = {
      token: state.token,
      acceptResellerInstructions: $("accept-instructions").checked,
      acceptAuthorizationLetter: $("accept-letter").checked,
      billingCountry: $("billing-country").value || null,
      acceptCustomerAgreement: $("accept-agreement").checked,
    };
    const missing = [];
    if (!input.billingCountry) missing.push({ code: "BILLING_COUNTRY_MISSING", field: "billingCountry" });
    if (!input.acceptCustomerAgreement) {
      missing.push({ code: "CUSTOMER_AGREEMENT_NOT_ACCEPTED", field: "acceptCustomerAgreement" });
    }
    if (missing.length) return showErrors(form, missing);
    await busy($("associate"), async () => {
      try {
        const payload = (await api(Q.associate, { input })).associate;
        if (payload.errors.length) return showErrors(form, payload.errors);
        associated(payload);
      } catch (error) {
        failed(form, error);
      }
    });
  }

  function associated(payload) {
    showAssociation(payload.association, payload.created ? "created" : "again", Boolean(payload.authorization));
  }

  function showAssociation(association, how, letterApproved) {
    const partner = association.partner.name;
    const model = association.cooperationModel === "RESELLER" ? "reseller" : "referral";
    $("done-summary").textContent = SUMMARY[how](state.account.accountName, partner, model);
    showFrozen(association.customer.freezes.some((f) => f.reason === "PENDING_BUDGET"), partner);
    showLetter(letterApproved, partner);
    setStatus("");
    show("done", null);
  }

  function showFrozen(pending, partner) {
    const frozen = $("done-frozen");
    frozen.hidden = !pending;
    frozen.textContent = pending
      ? `Your account is frozen until ${partner} sets a budget for it. Until then you cannot purchase, renew or change resources; contact ${partner} to set your monthly budget.`
      : "";
  }

  function showLetter(approved, partner) {
    const letter = $("done-letter");
    letter.hidden = !approved;
    letter.textContent = approved
      ? `You authorized ${partner} to place orders and perform operations and maintenance on your behalf. You can revoke this at any time.`
      : "";
  }

  // Ends the session, here and on the server, so that another account can be used (the session
  // outlives reloads of this tab).
  async function signOut() {
    try {
      await api(Q.logout);
    } catch (_) {
      // Dropped here all the same; the server ends it when it expires.
    }
    keepSession(null);
    state.account = null;
    const invitation = state.invitation;
    if (invitation.state !== "ACTIVE") return invalid(STATE_CODES[invitation.state]);
    showTerms(invitation);
  }

  // A signed-in customer's pending request from its partner to end the association, if any.
  async function loadDissociation() {
    if (!state.session) return;
    let data;
    try {
      data = await api(Q.dissociations, {});
    } catch (_) {
      return; // an ended session or no connection: the steps say so where it matters
    }
    const requests = (data.viewer && data.viewer.dissociationRequests) || [];
    const asked = requests.find((request) => request.askedBy === "PARTNER");
    if (asked) showDissociation(asked);
  }

  function showDissociation(request) {
    state.dissociation = request;
    const partner = request.partner.name;
    fillText(".dissociation-partner", partner);
    const until = new Date(request.expiresAt).toLocaleDateString("en", { dateStyle: "long" });
    $("dissociation-summary").textContent =
      `${partner} gave this reason: “${request.reason}”. Answer by ${until}; unanswered, the request expires and nothing changes.`;
    $("dissociation").hidden = false;
    $("dissociation-done").hidden = true;
  }

  async function onAnswerDissociation(action, button) {
    const form = $("dissociation");
    clearErrors(form);
    const reason = $("dissociation-reason").value.trim();
    if (action === "REJECT" && !reason) return showErrors(form, [{ code: "REQUIRED", field: "reason" }]);
    const input = { requestId: state.dissociation.id, action, reason };
    await busy(button, async () => {
      try {
        const payload = (await api(Q.answerDissociation, { input })).answerDissociation;
        if (payload.errors.length) return showErrors(form, payload.errors);
        dissociationAnswered(payload);
      } catch (_) {
        showErrors(form, [{ message: "We could not reach partnerlink. Check your connection and try again." }]);
      }
    });
  }

  function dissociationAnswered(payload) {
    const partner = payload.association.partner.name;
    $("dissociation-outcome").textContent = payload.request.state === "APPROVED"
      ? `Your account is no longer associated with ${partner}. Your history stays readable.`
      : `You rejected the request: your account stays associated with ${partner}.`;
    $("dissociation").hidden = true;
    $("dissociation-done").hidden = false;
    $("dissociation-done-title").focus();
  }

  $("dissociation-approve").addEventListener("click", (event) => onAnswerDissociation("APPROVE", event.currentTarget));
  $("dissociation-reject").addEventListener("click", (event) => onAnswerDissociation("REJECT", event.currentTarget));
  $("step-terms").addEventListener("submit", onTerms);
  document.querySelectorAll(".sign-out").forEach((button) => button.addEventListener("click", signOut));
  $("send-code").addEventListener("click", onSendCode);
  $("reg-email").addEventListener("keydown", (event) => {
    // Enter in the email field sends the code while none has been typed yet.
    if (event.key === "Enter" && !$("reg-code").value) {
      event.preventDefault();
      onSendCode();
    }
  });
  $("step-register").addEventListener("submit", onRegister);
  $("step-login").addEventListener("submit", onLogin);
  $("step-enable").addEventListener("submit", onAssociate);
  start();
  loadDissociation();
})();
