/**
 * Creates an account in the server's store (its data file, or DATABASE_URL), from a shell on the server:
 *   npm run user:create -- --login camille --name "Camille" --role animator [--groups id1,id2] [--producer id]
 * The password comes from COURT_CIRCUIT_PASSWORD or is typed (not echoed); it never goes on the command line,
 * where it would stay in the shell history and the process list.
 */
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import path from 'node:path';
import { z } from '../../domain/zod';
import { newUserSchema } from '../auth/account-schemas';
import { AccountError, Accounts } from '../auth/accounts';
import { openStore } from '../store/open-store';

const USAGE =
  'Usage : npm run user:create -- --login <identifiant> --name "<Nom>" --role coordinator|animator|producer [--groups id1,id2] [--producer id]';

/** Reads one line from the terminal without echoing it; from a pipe, reads the first line. */
function askHidden(question: string): Promise<string> {
  let muted = false;
  const output = new Writable({
    write(chunk: Buffer, _encoding, done) {
      if (!muted) process.stdout.write(chunk);
      done();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: process.stdin.isTTY === true });
  return new Promise((resolve) => {
    let answer = '';
    // Closed input (a pipe that ended, Ctrl-D) answers with what was read, so validation can say what is missing.
    rl.once('close', () => {
      process.stdout.write('\n');
      resolve(answer);
    });
    rl.question(question, (line) => {
      answer = line;
      rl.close();
    });
    muted = true;
  });
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      login: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string' },
      groups: { type: 'string' },
      producer: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help || !values.login || !values.role) {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  const password = process.env.COURT_CIRCUIT_PASSWORD || (await askHidden('Mot de passe (10 caractères ou plus) : '));
  const parsed = newUserSchema.safeParse({
    login: values.login,
    name: values.name ?? values.login,
    role: values.role,
    password,
    groupIds: values.groups
      ? values.groups
          .split(',')
          .map((id) => id.trim())
          .filter((id) => id !== '')
      : [],
    producerId: values.producer ?? null,
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) console.error(`${issue.path.join('.') || 'compte'} : ${issue.message}`);
    return 1;
  }
  const file = path.resolve(process.env.COURT_CIRCUIT_DATA ?? './data/court-circuit.sqlite');
  const databaseUrl = process.env.DATABASE_URL?.trim() || undefined;
  const store = await openStore({ dataFile: file, databaseUrl });
  try {
    const user = await new Accounts(store.accountsDb).createUser(parsed.data);
    console.log(`Compte créé : ${user.login} (${user.role}) dans ${databaseUrl ? 'la base PostgreSQL' : file}`);
    return 0;
  } catch (error) {
    if (error instanceof AccountError || error instanceof z.ZodError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  } finally {
    await store.close();
  }
}

process.exitCode = await main();
