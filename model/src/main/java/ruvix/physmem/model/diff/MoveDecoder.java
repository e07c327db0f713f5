package ruvix.physmem.model.diff;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns fuzzer bytes into moves: each byte picks one move of the hostile-inclusive alphabet
 * (allocations of every order, bad counts, frees of four live blocks, every kind of bad free,
 * reset) followed by the request alphabet (constrained, bulk and critical allocation,
 * watermarks), so every input is a valid trace and mutations of it stay meaningful.
 */
public final class MoveDecoder {
    /** Live blocks a free move may aim at. */
    public static final int LIVE_CHOICES = 4;

    private MoveDecoder() {}

    public static List<Move> decode(byte[] data, int maxOrder) {
        List<Move> alphabet = new ArrayList<>(Move.alphabet(maxOrder, LIVE_CHOICES));
        alphabet.addAll(Move.requestAlphabet(maxOrder));
        List<Move> moves = new ArrayList<>(data.length);
        for (byte b : data) {
            moves.add(alphabet.get((b & 0xff) % alphabet.size()));
        }
        return moves;
    }
}
