declare module '@emoji-mart/data' {
  const data: unknown;
  export default data;
}
