// Signing in to a Camunda webapp (Tasklist, Cockpit, Admin) from a spec.
//
// The login form may still be re-rendered while the webapp finishes starting (its translations arrive after
// the first paint): a value filled in just then can end up in the other field — CI once sent the user
// "frontlinedemo" with no password, and the spec waited for a Tasklist that never came. So the fields are
// filled until both read back what was meant, and only then is the form sent.

/** Fills user and password, checks both, and clicks 登录. */
export async function signIn(page, user, password = 'demo') {
  const userField = page.locator('input[ng-model=username]');
  const passwordField = page.locator('input[ng-model=password]');
  for (let attempt = 0; ; attempt++) {
    await userField.fill(user);
    await passwordField.fill(password);
    if (await userField.inputValue() === user && await passwordField.inputValue() === password) break;
    if (attempt >= 10) throw new Error(`the login form did not keep '${user}' and the password`);
    await page.waitForTimeout(300);
  }
  await page.click('button[type=submit]');
}
