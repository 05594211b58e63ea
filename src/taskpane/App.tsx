import type { ReactElement } from "react";
import { FluentProvider, Text, Title3, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";

const useStyles = makeStyles({
  page: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
  },
});

export function App(): ReactElement {
  const styles = useStyles();
  return (
    <FluentProvider theme={webLightTheme}>
      <main className={styles.page}>
        <Title3 as="h1">绩效表助手</Title3>
        <Text>正在加载…</Text>
      </main>
    </FluentProvider>
  );
}
