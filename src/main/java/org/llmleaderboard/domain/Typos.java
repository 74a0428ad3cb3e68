package org.llmleaderboard.domain;

/**
 * One typo: whether two words are at most one edit apart, an edit being a letter added, dropped, changed, or two
 * neighbours swapped ("calude" → "claude"; the optimal-string-alignment distance, bounded at 1, in linear time).
 */
public final class Typos {

    /** Shorter words are left alone: one edit away from "gpt4" is too much else ("gpt4o", "gpt3", "gpt5"). */
    public static final int MIN_LENGTH = 5;

    private Typos() {
    }

    /** True when {@code a} and {@code b} differ by exactly one edit (false when equal). */
    public static boolean oneEditApart(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1 || a.equals(b)) {
            return false;
        }
        int i = 0;
        while (i < Math.min(la, lb) && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (la == lb) {
            // A change at i, or a swap of i and i+1; the rest must then match.
            if (a.regionMatches(i + 1, b, i + 1, la - i - 1)) {
                return true;
            }
            return i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.regionMatches(i + 2, b, i + 2, la - i - 2);
        }
        // One letter more in the longer word, at i.
        String longer = la > lb ? a : b;
        String shorter = la > lb ? b : a;
        return longer.regionMatches(i + 1, shorter, i, shorter.length() - i);
    }
}
