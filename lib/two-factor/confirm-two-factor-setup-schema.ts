import * as z from 'zod/mini';

/** /account/two-factor: the code the app shows after scanning. Messages are keys of `twoFactor.errors`. */
export const confirmTwoFactorSetupSchema = z.object({
  code: z.string().check(
    z.trim(),
    z.minLength(1, 'codeRequired'),
    z.refine((code) => /^\d{6}$/.test(code.replace(/[\s-]/g, '')), 'codeFormat'),
  ),
});

export type ConfirmTwoFactorSetupInput = z.infer<typeof confirmTwoFactorSetupSchema>;
