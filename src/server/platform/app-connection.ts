/**
 * After migrating as the owner, the process drops to the app's role: it opens
 * the app's own connection and closes the owner's, so nothing the app does
 * afterwards runs with the right to change the schema or the ledger's trigger.
 */
import { openDatabase, type DatabaseHandle } from './db.ts';
import { StartupError } from './startup-error.ts';
import {
  appRoleSqlForOperator,
  ensureAppRole,
  roleOfUrl,
  urlAsRole,
  type RoleConfig,
} from './app-role.ts';

/**
 * Given the owner's open, migrated handle, returns the handle the app should
 * use: the app role's (the owner's is then closed), or the owner's when the app
 * role cannot be had, with the two lines an operator runs printed.
 */
export async function connectAsAppRole(
  owner: DatabaseHandle,
  roles: RoleConfig,
): Promise<DatabaseHandle> {
  if (roles.disabled) return owner;
  if (roles.appUrl) {
    // The operator named both: the app's connection must work.
    const role = roleOfUrl(roles.appUrl);
    if (role && role !== roleOfUrl(roles.ownerUrl)) {
      await ensureAppRole(owner.db, role, undefined);
    }
    await owner.close();
    return openDatabase({ kind: 'postgres', url: roles.appUrl });
  }
  const database = decodeURIComponent(new URL(roles.ownerUrl).pathname.slice(1)) || 'postgres';
  const prepared = await ensureAppRole(owner.db, roles.appRole, roles.appPassword);
  if (!prepared.ok) {
    printOperatorLines(
      `the database user cannot create the role ${roles.appRole}`,
      roles.appRole,
      database,
    );
    return owner;
  }
  try {
    const app = await openDatabase({
      kind: 'postgres',
      url: urlAsRole(roles.ownerUrl, roles.appRole, roles.appPassword),
    });
    await owner.close();
    return app;
  } catch (error) {
    if (!(error instanceof StartupError)) throw error;
    printOperatorLines(
      `Heard could not sign in to the database as ${roles.appRole}${roles.appPassword ? '' : ' (no HEARD_APP_DB_PASSWORD is set)'}`,
      roles.appRole,
      database,
    );
    return owner;
  }
}

function printOperatorLines(why: string, role: string, database: string): void {
  console.warn(
    [
      '',
      `WARNING: Heard is running as the database owner, because ${why}.`,
      'A compromised app could then change the schema or the consent ledger. Have someone with the rights run:',
      '',
      ...appRoleSqlForOperator(role, database).map((line) => `  ${line}`),
      '',
      `then set HEARD_APP_DB_PASSWORD to that password and start again (Heard grants ${role} its rights itself).`,
      '',
    ].join('\n'),
  );
}
