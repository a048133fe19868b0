import { redirect } from "next/navigation";

// The home page is the executive dashboard for every role (decision 015): one address, so links to it are shareable.
export default function HomePage() {
  redirect("/dashboard");
}
