package dev.carepress.render.pdf.internal;

import static dev.carepress.render.pdf.internal.FontBytes.u16;

import java.util.BitSet;

/**
 * Marks the subroutines a Type 2 charstring calls, and the ones they call, in the sets of used
 * local and global subroutines. Not thread-safe: one per charstring run (it keeps the operand stack).
 */
final class CffSubrClosure {
  private final CffSource s;
  private final CffIndex local;
  private final BitSet usedL;
  private final BitSet usedG;
  private final int[] stack = new int[64];
  private int top;
  private int stems;
  private boolean done;

  CffSubrClosure(CffSource s, CffIndex local, BitSet usedL, BitSet usedG) {
    this.s = s;
    this.local = local;
    this.usedL = usedL;
    this.usedG = usedG;
  }

  /** Walks the charstring in {@code s.b[from, to)}, {@code depth} subroutine calls deep. */
  void run(int from, int to, int depth) {
    byte[] b = s.b;
    int p = from;
    while (p < to && !done) {
      int v = b[p] & 0xFF;
      if (v >= 32 || v == 28) {
        p = push(b, p, v);
        continue;
      }
      p++;
      switch (v) {
        case 1: case 3: case 18: case 23:
          stems += top / 2;
          top = 0;
          break;
        case 19: case 20:
          stems += top / 2;
          top = 0;
          p += (stems + 7) / 8;
          break;
        case 10: case 29:
          call(v == 10, depth);
          break;
        case 11:
          return;
        case 14:
          done = true;
          return;
        case 12:
          p++;
          top = 0;
          break;
        default:
          top = 0;
      }
    }
  }

  /** Pushes the number that starts at {@code p} with byte {@code v}; returns where the next token starts. */
  private int push(byte[] b, int p, int v) {
    int value;
    if (v == 28) {
      value = (short) u16(b, p + 1);
      p += 3;
    } else if (v <= 246) {
      value = v - 139;
      p += 1;
    } else if (v <= 250) {
      value = (v - 247) * 256 + (b[p + 1] & 0xFF) + 108;
      p += 2;
    } else if (v <= 254) {
      value = -(v - 251) * 256 - (b[p + 1] & 0xFF) - 108;
      p += 2;
    } else {
      value = ((b[p + 1] << 24) | ((b[p + 2] & 0xFF) << 16) | ((b[p + 3] & 0xFF) << 8) | (b[p + 4] & 0xFF)) >> 16;
      p += 5;
    }
    if (top < stack.length) {
      stack[top++] = value;
    }
    return p;
  }

  /** A {@code callsubr} (local) or {@code callgsubr}: marks the subroutine and walks it. */
  private void call(boolean isLocal, int depth) {
    CffIndex subrs = isLocal ? local : s.gsubrs;
    if (top == 0 || subrs == null || depth > 10) {
      top = 0;
      return;
    }
    int i = stack[--top] + bias(subrs.count);
    if (i >= 0 && i < subrs.count) {
      (isLocal ? usedL : usedG).set(i);
      run(subrs.start(i), subrs.end(i), depth + 1);
    }
  }

  private static int bias(int count) {
    return count < 1240 ? 107 : count < 33900 ? 1131 : 32768;
  }
}
