import { z } from "zod";

// Runs before any client component: zod would otherwise probe `new Function` to speed up its parsers, which the CSP reports as a violation.
z.config({ jitless: true });
