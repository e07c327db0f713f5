package ruvix.physmem;

/** Where an allocator's free pages stand against its watermarks. */
public enum WatermarkLevel {
    /** At or above the low watermark. */
    OK,
    /** Below the low watermark, at or above min: reclaim should start. */
    BELOW_LOW,
    /** Below the min watermark: only critical requests are served. */
    BELOW_MIN
}
