import type { Point, Pose } from './poses';
import { POSES } from './poses';
import './illustrations.css';

const line = (a: Point, b: Point, c?: Point) => `M${a[0]} ${a[1]} L${b[0]} ${b[1]}${c ? ` L${c[0]} ${c[1]}` : ''}`;

function Props({ pose }: { pose: Pose }) {
  return (
    <g class="fig-props">
      {pose.props.includes('floor') && <path d="M6 142 H194" class="fig-floor" />}
      {pose.props.includes('mat') && <rect x="18" y="138" width="150" height="5" rx="2" class="fig-mat" />}
      {pose.props.includes('chair') && <path d="M58 100 H112 M62 100 V140 M108 100 V140 M58 100 V52" class="fig-prop" />}
      {pose.props.includes('desk') && (
        <>
          <path d="M118 80 H192 M184 80 V140" class="fig-prop" />
          <rect x="148" y="22" width="36" height="26" rx="3" class="fig-screen" />
          <path d="M166 48 V80" class="fig-prop-thin" />
        </>
      )}
      {pose.props.includes('step') && <rect x="136" y="112" width="46" height="28" rx="3" class="fig-step" />}
    </g>
  );
}

/** A person in the pose, drawn with one consistent body: round joints, thick limbs. */
export function PoseFigure({ pose, mirrored = false, animate = true }: { pose: Pose; mirrored?: boolean; animate?: boolean }) {
  const shoulder: Point = [pose.neck[0] + (pose.hip[0] - pose.neck[0]) * 0.12, pose.neck[1] + (pose.hip[1] - pose.neck[1]) * 0.12];
  return (
    <svg viewBox="0 0 200 160" class={`figure ${animate ? 'figure-animate' : ''}`} role="img" aria-label={pose.label}>
      <g transform={mirrored ? 'translate(200 0) scale(-1 1)' : undefined}>
        <Props pose={pose} />
        {pose.extras?.map((extra, i) => <path key={i} d={extra.d} class={`fig-${extra.kind}`} />)}
        {pose.legs
          .filter((leg) => !leg.active)
          .map((leg, i) => (
            <path key={`l${i}`} d={line(pose.hip, leg.knee, leg.ankle) + (leg.foot ? ` L${leg.foot[0]} ${leg.foot[1]}` : '')} class="fig-limb fig-far" />
          ))}
        <g class="fig-trunk">
          <path d={line(pose.neck, pose.hip)} class={`fig-torso ${pose.activeTrunk ? 'fig-active' : ''}`} />
          <circle cx={pose.head[0]} cy={pose.head[1]} r="11" class="fig-head" />
        </g>
        {pose.arms.map((arm, i) => (
          <path key={`a${i}`} d={line(shoulder, arm.elbow, arm.hand)} class="fig-limb fig-arm" />
        ))}
        {pose.legs
          .filter((leg) => leg.active)
          .map((leg, i) => (
            <path key={`la${i}`} d={line(pose.hip, leg.knee, leg.ankle) + (leg.foot ? ` L${leg.foot[0]} ${leg.foot[1]}` : '')} class="fig-limb fig-active" />
          ))}
      </g>
    </svg>
  );
}

export function Figure({ exerciseId, mirrored, animate }: { exerciseId: string; mirrored?: boolean; animate?: boolean }) {
  const pose = POSES[exerciseId];
  if (!pose) return null;
  return <PoseFigure pose={pose} mirrored={mirrored ?? false} animate={animate ?? true} />;
}
