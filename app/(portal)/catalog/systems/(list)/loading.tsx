import { ListLoading } from "@/components/catalog/list-loading";

export default function Loading() {
  return <ListLoading what="systems" />;
}
