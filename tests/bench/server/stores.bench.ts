/**
 * The stores side by side, on real server processes: push throughput (phones pushing batches at once) and the time
 * of a full pull, with SQLite, PostgreSQL behind one instance, and PostgreSQL behind two instances (phones spread
 * over both, pulls alternating). On this 2-core machine the two instances share the cores with PostgreSQL itself.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { encodeHlc } from '../../../src/domain/rows/hlc';
import { signUpArgs } from '../../factories/entities';
import { fakeDist, login, pull, startInstance, PROTOCOL, type Device, type Instance } from '../../helpers/server-process';
import { createTestDatabase } from '../../helpers/test-stores';
import { summarize, type BenchRow } from '../lib/stats';

interface Sizes {
  phones: number;
  batches: number;
  batchSize: number;
  pulls: number;
}

async function pushBatch(base: string, device: Device, size: number): Promise<void> {
  const mutations = Array.from({ length: size }, (_, index) => {
    const mutationId = device.nextMutationId + index;
    return {
      mutationId,
      name: 'member.signUp',
      args: signUpArgs(),
      hlc: encodeHlc({ wallMs: Date.now(), counter: mutationId, node: device.clientId }),
    };
  });
  const response = await fetch(`${base}/api/sync/push`, {
    method: 'POST',
    headers: { ...PROTOCOL, 'content-type': 'application/json', authorization: `Bearer ${device.token}` },
    body: JSON.stringify({ clientId: device.clientId, mutations }),
  });
  if (response.status !== 200) throw new Error(`push ${response.status}: ${await response.text()}`);
  await response.arrayBuffer();
  device.nextMutationId += size;
}

async function measure(label: string, instances: Instance[], sizes: Sizes): Promise<BenchRow[]> {
  const phones = await Promise.all(
    Array.from({ length: sizes.phones }, (_, index) => login((instances[index % instances.length] as Instance).base, `bench-${index}`)),
  );
  const started = performance.now();
  await Promise.all(
    phones.map(async (phone, index) => {
      const base = (instances[index % instances.length] as Instance).base;
      for (let batch = 0; batch < sizes.batches; batch += 1) await pushBatch(base, phone, sizes.batchSize);
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const pushed = sizes.phones * sizes.batches * sizes.batchSize;
  const reader = await login((instances[0] as Instance).base, 'bench-reader');
  const pulls: number[] = [];
  for (let run = 0; run < sizes.pulls; run += 1) {
    const begin = performance.now();
    let cursor = 0;
    for (let page = 0; ; page += 1) {
      const answer = await pull((instances[page % instances.length] as Instance).base, reader, cursor, 2000);
      cursor = answer.cursor;
      if (!answer.hasMore) break;
    }
    pulls.push(performance.now() - begin);
  }
  return [
    { ...summarize(`push throughput, ${label}`, 'mutations/s', [pushed / seconds]), note: `${pushed} mutations by ${sizes.phones} phones` },
    summarize(`full pull of ${pushed} rows, ${label}`, 'ms', pulls),
  ];
}

export async function run({ smoke }: { smoke: boolean }): Promise<BenchRow[]> {
  const sizes: Sizes = smoke ? { phones: 2, batches: 2, batchSize: 5, pulls: 1 } : { phones: 8, batches: 25, batchSize: 50, pulls: 3 };
  const dist = fakeDist();
  const dir = mkdtempSync(path.join(tmpdir(), 'cc-bench-stores-'));
  const rows: BenchRow[] = [];
  const running: Instance[] = [];
  try {
    const sqlite = await startInstance(path.join(dir, 'bench.sqlite'), dist.dir);
    running.push(sqlite);
    rows.push(...(await measure('SQLite', [sqlite], sizes)));
    await sqlite.kill();
    for (const count of [1, 2]) {
      const database = await createTestDatabase();
      try {
        const instances: Instance[] = [];
        for (let index = 0; index < count; index += 1) instances.push(await startInstance(database.url, dist.dir));
        running.push(...instances);
        rows.push(...(await measure(`PostgreSQL, ${count} instance${count > 1 ? 's' : ''}`, instances, sizes)));
        for (const instance of instances) await instance.kill();
      } finally {
        await database.drop();
      }
    }
  } finally {
    for (const instance of running) await instance.kill();
    dist.remove();
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}
