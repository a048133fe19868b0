import { z } from "zod";

export const zSignInInput = z.object({
  email: z.string().trim().min(1, "Enter your e-mail address.").max(254).email("Enter a valid e-mail address."),
  password: z.string().min(1, "Enter your password.").max(1024),
});
export type SignInInput = z.infer<typeof zSignInInput>;
