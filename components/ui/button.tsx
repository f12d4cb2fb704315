import type { ButtonHTMLAttributes } from "react";

const variants = {
  primary: "bg-sky-600 text-white hover:bg-sky-500 disabled:bg-sky-900 disabled:text-sky-300",
  secondary: "border border-zinc-700 bg-zinc-900 text-zinc-100 hover:bg-zinc-800 disabled:text-zinc-500",
  danger: "bg-rose-700 text-white hover:bg-rose-600 disabled:bg-rose-950 disabled:text-rose-300",
  // Destructive but not the page's main action: it must not look like the primary button beside it.
  dangerOutline: "border border-rose-700 bg-transparent text-rose-300 hover:bg-rose-950/70 hover:text-rose-200 disabled:border-rose-950 disabled:text-rose-900",
  success: "bg-emerald-700 text-white hover:bg-emerald-600 disabled:bg-emerald-950 disabled:text-emerald-300",
  ghost: "text-zinc-300 hover:bg-zinc-800 hover:text-white disabled:text-zinc-600",
} as const;

const sizes = { sm: "h-7 px-2.5 text-xs", md: "h-9 px-3.5 text-sm" } as const;

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: keyof typeof variants;
  size?: keyof typeof sizes;
}

export function Button({ variant = "secondary", size = "md", className = "", type = "button", ...props }: ButtonProps) {
  return (
    <button
      type={type}
      className={`inline-flex items-center justify-center gap-1.5 rounded-md font-medium transition-colors focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-400 disabled:cursor-not-allowed ${variants[variant]} ${sizes[size]} ${className}`}
      {...props}
    />
  );
}
