import { createRequire } from 'node:module';
import type { ContainerClient, StorageRetryOptions } from '@azure/storage-blob';

const require = createRequire(import.meta.url);

/** How turns of one conversation are kept apart: in this process, or across every instance. */
export interface TurnLock {
  run<T>(key: string, turn: () => Promise<T>): Promise<T>;
}

/**
 * Keeps turns of one conversation apart across every instance of the bot, with a lease on a small
 * blob per conversation in the same storage as the state. The SDK saves conversation state with
 * eTag "*", so without this two instances answering the same conversation at once would overwrite
 * each other's state. A lease that is not released (a crashed instance) expires after `leaseSeconds`.
 */
export class BlobTurnLock implements TurnLock {
  private readonly container: ContainerClient;
  private ready: Promise<unknown> | undefined;

  private readonly options = { leaseSeconds: 15, waitMs: 20_000 };

  constructor(connectionString: string, containerName: string, retryOptions?: StorageRetryOptions) {
    // Loaded here, not at start-up: a single instance never needs the Azure storage client.
    const { BlobServiceClient } = require('@azure/storage-blob') as typeof import('@azure/storage-blob');
    this.container = BlobServiceClient.fromConnectionString(connectionString, retryOptions ? { retryOptions } : {}).getContainerClient(containerName);
  }

  async run<T>(key: string, turn: () => Promise<T>): Promise<T> {
    this.ready ??= this.container.createIfNotExists().catch((error: unknown) => {
      this.ready = undefined;
      throw error;
    });
    await this.ready;
    const blob = this.container.getBlockBlobClient(`locks/${encodeURIComponent(key)}`);
    const lease = blob.getBlobLeaseClient();
    const deadline = Date.now() + this.options.waitMs;
    for (let attempt = 0; ; attempt += 1) {
      try {
        await lease.acquireLease(this.options.leaseSeconds);
        break;
      } catch (error) {
        const status = (error as { statusCode?: number }).statusCode;
        if (status === 404) {
          await blob.upload('', 0).catch((uploadError: unknown) => {
            if ((uploadError as { statusCode?: number }).statusCode !== 412) throw uploadError;
          });
          continue;
        }
        if (status !== 409 || Date.now() > deadline) throw error;
        await new Promise((resolve) => setTimeout(resolve, Math.min(200, 10 * 2 ** Math.min(attempt, 5))));
      }
    }
    try {
      return await turn();
    } finally {
      await lease.releaseLease().catch(() => undefined);
    }
  }
}
