// Built ONLY from @synerise-auth/react (hooks) and plain HTML: no @synerise-auth/ui here.
import { CustomAuth } from '../custom/CustomAuth';
import { useStrings } from '../lib/strings';

export function CustomUiPage() {
  const s = useStrings();
  return (
    <div className="demo-narrow">
      <h1>{s.customTitle}</h1>
      <p className="demo-muted">{s.customIntro}</p>
      <div className="demo-panel">
        <CustomAuth />
      </div>
    </div>
  );
}
