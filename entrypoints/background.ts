export default defineBackground(() => {
  console.info('[backstory] background started');
});
