/** A one-line progress bar for a terminal (stderr), redrawn in place; silent when not a TTY. */
import type { WriteStream } from 'node:tty';

const stageNames: Record<string, string> = {
  reading: '读取 reading',
  checking: '校验 checking',
  storing: '写入 storing',
};

export function progressBar(stream: WriteStream) {
  let last = '';
  return {
    update(stage: string, done: number, total: number) {
      const ratio = total > 0 ? Math.min(1, done / total) : 0;
      const width = 30;
      const filled = Math.round(ratio * width);
      const line = `${stageNames[stage] ?? stage} [${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${Math.round(ratio * 100)}%`;
      if (line === last) return;
      last = line;
      stream.write(`\r${line}`);
    },
    done() {
      if (last !== '') stream.write('\n');
    },
  };
}

/** Progress as plain lines ("storing 5000/20000"), for scripts that watch the command. */
export function progressLines(stream: NodeJS.WritableStream) {
  return {
    update(stage: string, done: number, total: number) {
      stream.write(`progress ${stage} ${done}/${total}\n`);
    },
    done() {},
  };
}
