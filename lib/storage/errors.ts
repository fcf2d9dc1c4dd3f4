/** Storage failures the user can act on, named so the UI can say what happened. */
export type StorageErrorCode = 'storage-full' | 'database-newer' | 'database-unavailable' | 'invalid-record';

export class StorageError extends Error {
  constructor(
    readonly code: StorageErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'StorageError';
  }
}

/** Maps a DOMException from IndexedDB to a StorageError with a clear message. */
export function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const name = (error as { name?: string } | null)?.name;
  if (name === 'QuotaExceededError') {
    return new StorageError('storage-full', 'The disk is full: the article was not stored. Free some space or delete old articles.');
  }
  if (name === 'VersionError') {
    return new StorageError('database-newer', 'The corpus was written by a newer Backstory: update the extension to read it.');
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new StorageError('database-unavailable', `The corpus database could not be used: ${detail}`);
}
