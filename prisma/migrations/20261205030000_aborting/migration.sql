-- An abort that has begun (the drill is no longer live, nothing fires) but has not yet run its
-- rollbacks and ended the drill. A crash in between leaves the drill here, where abort can be retried
-- and the scheduler's sweep finishes it.
ALTER TYPE "DrillStatus" ADD VALUE 'aborting' BEFORE 'aborted';
