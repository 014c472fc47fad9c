// Placeholder until this view is built.
export default function QuestionnaireView() {
  return <h1>QuestionnaireView</h1>;
}
