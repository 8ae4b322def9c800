import { act } from 'preact/test-utils';

/** Lets Preact render and storage settle, 10 ms at a time, until `test` holds; fails after 1 s. */
export async function until(test: () => boolean, label: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (test()) return;
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 10));
    });
  }
  throw new Error(`never true: ${label}`);
}
