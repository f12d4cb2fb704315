import { z } from "zod";

export const joinChannelSchema = z.object({
  displayName: z.string().trim().min(1, "is required").max(60, "must be at most 60 characters"),
});
export const postMessageSchema = z.object({
  participantId: z.string().min(1, "is required"),
  text: z.string().trim().min(1, "is required").max(4000, "must be at most 4000 characters"),
});
